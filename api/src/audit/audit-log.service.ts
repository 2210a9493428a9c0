import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { AuditEventView, Page } from '@wijkkracht/contracts';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { problem } from '../common/problem';
import { ExportColumn } from '../exports/write-table';
import { describeAction, describeEntity } from './audit-labels';
import type { AuditEventQueryDto, AuditFilterDto } from './dto/audit-event.dto';

/** At most this many events in one export: more asks for a narrower period (the log of a year is far less). */
export const MAX_EXPORT_EVENTS = 100_000;
const EXPORT_BATCH = 1_000;
/** Excel keeps at most 32,767 characters in a cell. */
const MAX_CELL = 32_000;
const TIME_ZONE = 'Europe/Amsterdam';

export const AUDIT_EXPORT_COLUMNS: ExportColumn[] = [
  { header: 'Tijdstip', kind: 'datetime', width: 20 },
  { header: 'Gebruiker', kind: 'text', width: 30 },
  { header: 'Naam', kind: 'text', width: 24 },
  { header: 'Actie', kind: 'text', width: 24 },
  { header: 'Omschrijving', kind: 'text', width: 36 },
  { header: 'Soort gegeven', kind: 'text', width: 18 },
  { header: 'Id gegeven', kind: 'text', width: 38 },
  { header: 'Vóór', kind: 'text', width: 60 },
  { header: 'Na', kind: 'text', width: 60 },
  { header: 'Id gebeurtenis', kind: 'text', width: 38 },
];

interface Row {
  id: string;
  at: Date;
  cursor: string;
  local_at: string;
  action: string;
  user_id: string | null;
  actor_email: string | null;
  actor_name: string | null;
  entity_type: string | null;
  entity_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const SELECT = `SELECT e.id, e.at, e.at::text AS cursor, to_char(e.at AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM-DD"T"HH24:MI:SS') AS local_at,
         e.action, e.user_id, e.actor_email, u.name AS actor_name, e.entity_type, e.entity_id, e.before, e.after
    FROM audit_events e
    LEFT JOIN users u ON u.id = e.user_id AND u.organisation_id = e.organisation_id`;

/**
 * The organisation's audit log for its admins: every query is scoped to the caller's organisation (an
 * event without one, such as a sign-in attempt on an unknown address, is seen by no organisation),
 * newest first, with the same filters for the list and the exports.
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  async list(principal: Principal, query: AuditEventQueryDto): Promise<Page<AuditEventView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const direction = this.direction(query.sort);
    const { where, params } = this.where(principal, query);
    const [rows, [{ n }]] = await Promise.all([
      this.dataSource.query(
        `${SELECT} WHERE ${where} ORDER BY e.at ${direction}, e.id ${direction} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, pageSize, (page - 1) * pageSize],
      ) as Promise<Row[]>,
      this.dataSource.query(`SELECT count(*)::int AS n FROM audit_events e WHERE ${where}`, params) as Promise<{ n: number }[]>,
    ]);
    return { items: rows.map(toView), page, pageSize, total: n };
  }

  async get(principal: Principal, id: string): Promise<AuditEventView> {
    const [row] = (await this.dataSource.query(`${SELECT} WHERE e.id = $1 AND e.organisation_id = $2`, [id, principal.organisationId])) as Row[];
    if (!row) throw new NotFoundException(problem(404, `Geen gebeurtenis met id ${id} in het auditlog van uw organisatie.`));
    return toView(row);
  }

  /** Refuses an export of more than MAX_EXPORT_EVENTS before anything is sent. */
  async assertExportable(principal: Principal, filters: AuditFilterDto): Promise<number> {
    const { where, params } = this.where(principal, filters);
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM audit_events e WHERE ${where}`, params)) as { n: number }[];
    if (n > MAX_EXPORT_EVENTS) {
      const limit = MAX_EXPORT_EVENTS.toLocaleString('nl-NL');
      throw new BadRequestException(
        problem(400, `Het auditlog heeft ${n.toLocaleString('nl-NL')} gebeurtenissen met deze filters; exporteer er ten hoogste ${limit} tegelijk. Kies een kortere periode.`, [
          { name: 'from', reason: `narrow the filters: at most ${MAX_EXPORT_EVENTS} events per export` },
        ]),
      );
    }
    return n;
  }

  /** The export's rows, newest first, read in batches by keyset (never the whole log at once). */
  async *exportRows(principal: Principal, filters: AuditFilterDto): AsyncGenerator<(string | number | null)[][]> {
    const { where, params } = this.where(principal, filters);
    let cursor: { at: string; id: string } | null = null;
    for (let sent = 0; sent < MAX_EXPORT_EVENTS; ) {
      const keyset: string = cursor ? ` AND (e.at, e.id) < ($${params.length + 1}::timestamptz, $${params.length + 2}::uuid)` : '';
      const rows = (await this.dataSource.query(
        `${SELECT} WHERE ${where}${keyset} ORDER BY e.at DESC, e.id DESC LIMIT ${Math.min(EXPORT_BATCH, MAX_EXPORT_EVENTS - sent)}`,
        cursor ? [...params, cursor.at, cursor.id] : params,
      )) as Row[];
      if (rows.length === 0) return;
      yield rows.map((r) => [
        r.local_at,
        r.actor_email,
        r.actor_name,
        r.action,
        describeAction(r.action),
        describeEntity(r.entity_type),
        r.entity_id,
        cell(r.before),
        cell(r.after),
        r.id,
      ]);
      sent += rows.length;
      const last: Row = rows[rows.length - 1];
      cursor = { at: last.cursor, id: last.id };
      if (rows.length < EXPORT_BATCH) return;
    }
  }

  private direction(sort: string | undefined): 'ASC' | 'DESC' {
    if (sort === undefined || sort === '-at') return 'DESC';
    if (sort === 'at') return 'ASC';
    throw new BadRequestException(problem(400, 'Sorteren kan op at (oudste eerst) of -at (nieuwste eerst).', [{ name: 'sort', reason: 'must be one of at, -at' }]));
  }

  private where(principal: Principal, f: AuditFilterDto): { where: string; params: unknown[] } {
    const params: unknown[] = [principal.organisationId];
    const conditions = ['e.organisation_id = $1'];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      conditions.push(sql(`$${params.length}`));
    };
    const dateOnly = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
    if (f.from) add((p) => (dateOnly(f.from!) ? `e.at >= (${p}::date::timestamp AT TIME ZONE '${TIME_ZONE}')` : `e.at >= ${p}::timestamptz`), f.from);
    if (f.to) add((p) => (dateOnly(f.to!) ? `e.at < ((${p}::date + 1)::timestamp AT TIME ZONE '${TIME_ZONE}')` : `e.at <= ${p}::timestamptz`), f.to);
    if (f.from && f.to && this.bound(f.from, 'from') > this.bound(f.to, 'to')) {
      throw new BadRequestException(problem(400, 'Controleer to: die ligt vóór from.', [{ name: 'to', reason: 'must not be before from' }]));
    }
    if (f.actorId) add((p) => `e.user_id = ${p}`, f.actorId);
    if (f.actorEmail) add((p) => `e.actor_email LIKE ${p} ESCAPE '\\'`, `${escapeLike(f.actorEmail.trim().toLowerCase())}%`);
    if (f.entityType) add((p) => `e.entity_type = ${p}`, f.entityType);
    if (f.entityId) add((p) => `e.entity_id = ${p}`, f.entityId);
    if (f.action) {
      params.push(f.action, `${escapeLike(f.action)}.%`);
      conditions.push(`(e.action = $${params.length - 1} OR e.action LIKE $${params.length} ESCAPE '\\')`);
    }
    return { where: conditions.join(' AND '), params };
  }

  /** A filter bound as a comparable instant (a date's day in Dutch time, roughly: only to compare from with to). */
  private bound(value: string, side: 'from' | 'to'): number {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return Date.parse(value);
    return Date.parse(`${value}T00:00:00Z`) + (side === 'to' ? 86_400_000 - 1 : 0);
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function cell(value: Record<string, unknown> | null): string | null {
  if (value === null) return null;
  const text = JSON.stringify(value);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}… (ingekort)` : text;
}

function toView(r: Row): AuditEventView {
  return {
    id: r.id,
    at: new Date(r.at).toISOString(),
    action: r.action,
    actor: { id: r.user_id, email: r.actor_email, name: r.actor_name },
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
  };
}
