import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { problem } from '../common/problem';
import { ForecastRun } from '../forecasts/forecast-run.entity';
import { Wijk } from '../wijken/wijk.entity';
import { ExportTable } from './write-table';

const TASK_STATUS: Record<string, string> = {
  planned: 'gepland',
  in_progress: 'bezig',
  done: 'klaar',
  cancelled: 'geannuleerd',
};
const EMPLOYMENT: Record<string, string> = { permanent: 'vast', temporary: 'tijdelijk', external: 'inhuur' };
export type ExportGranularity = 'week' | 'month' | 'quarter' | 'year';

/** The tables behind the XLSX/CSV exports; every query is scoped to the caller's organisation. */
@Injectable()
export class ExportsService {
  constructor(private readonly dataSource: DataSource) {}

  async tasks(principal: Principal, wijkId?: string): Promise<ExportTable> {
    if (
      wijkId &&
      !(await this.dataSource
        .getRepository(Wijk)
        .existsBy({ id: wijkId, organisationId: principal.organisationId }))
    ) {
      throw new NotFoundException(problem(404, `Geen wijk met id ${wijkId} in uw organisatie.`));
    }
    const rows: Record<string, string | number | null>[] = await this.dataSource.query(
      `SELECT w.name AS wijk, w.cbs_code, t.phase, t.name, d.name AS discipline, t.status,
              t.effort_optimistic::float AS opt, t.effort_hours::float AS likely, t.effort_pessimistic::float AS pess,
              t.hours_spent::float AS spent, t.min_duration_weeks AS min_weeks, t.max_duration_weeks AS max_weeks,
              to_char(t.earliest_start, 'YYYY-MM-DD') AS earliest, to_char(t.pinned_start, 'YYYY-MM-DD') AS pinned
         FROM tasks t JOIN wijken w ON w.id = t.wijk_id JOIN disciplines d ON d.id = t.discipline_id
        WHERE t.organisation_id = $1 AND ($2::uuid IS NULL OR t.wijk_id = $2)
        ORDER BY w.name, t.sequence, t.name`,
      [principal.organisationId, wijkId ?? null],
    );
    return {
      sheetName: 'Taken',
      columns: [
        { header: 'Wijk', kind: 'text', width: 24 },
        { header: 'CBS-code', kind: 'text' },
        { header: 'Fase', kind: 'text', width: 20 },
        { header: 'Taak', kind: 'text', width: 40 },
        { header: 'Discipline', kind: 'text', width: 30 },
        { header: 'Status', kind: 'text' },
        { header: 'Uren optimistisch', kind: 'number' },
        { header: 'Uren verwacht', kind: 'number' },
        { header: 'Uren pessimistisch', kind: 'number' },
        { header: 'Uren besteed', kind: 'number' },
        { header: 'Duur min. (weken)', kind: 'integer' },
        { header: 'Duur max. (weken)', kind: 'integer' },
        { header: 'Vroegste start', kind: 'date' },
        { header: 'Vastgezette start', kind: 'date' },
      ],
      rows: rows.map((r) => [
        r.wijk,
        r.cbs_code,
        r.phase,
        r.name,
        r.discipline,
        TASK_STATUS[String(r.status)] ?? r.status,
        r.opt,
        r.likely,
        r.pess,
        r.spent,
        r.min_weeks,
        r.max_weeks,
        r.earliest,
        r.pinned,
      ]),
    };
  }

  /** Who works on what: one row per assignment, and one per staff member without any, so nobody is missing. */
  async staffAllocation(principal: Principal): Promise<ExportTable> {
    const rows: Record<string, string | number | null>[] = await this.dataSource.query(
      `SELECT s.name, d.name AS discipline, tm.name AS team, s.employment_type, s.contract_hours::float AS contract,
              s.programme_share::float AS share, to_char(s.funding_end_date, 'YYYY-MM-DD') AS funding_end,
              w.name AS wijk, t.name AS task, a.hours_per_week::float AS hours,
              to_char(a.start_date, 'YYYY-MM-DD') AS start_date, to_char(a.end_date, 'YYYY-MM-DD') AS end_date, a.source
         FROM staff_members s
         JOIN disciplines d ON d.id = s.primary_discipline_id
         LEFT JOIN teams tm ON tm.id = s.team_id
         LEFT JOIN assignments a ON a.staff_member_id = s.id
         LEFT JOIN tasks t ON t.id = a.task_id
         LEFT JOIN wijken w ON w.id = t.wijk_id
        WHERE s.organisation_id = $1
        ORDER BY s.name, s.id, a.start_date, t.name`,
      [principal.organisationId],
    );
    return {
      sheetName: 'Inzet medewerkers',
      columns: [
        { header: 'Medewerker', kind: 'text', width: 26 },
        { header: 'Discipline', kind: 'text', width: 30 },
        { header: 'Team', kind: 'text', width: 18 },
        { header: 'Dienstverband', kind: 'text' },
        { header: 'Contracturen per week', kind: 'number' },
        { header: 'Fte', kind: 'number' },
        { header: 'Programma-aandeel', kind: 'number' },
        { header: 'Einde financiering', kind: 'date' },
        { header: 'Wijk', kind: 'text', width: 24 },
        { header: 'Taak', kind: 'text', width: 40 },
        { header: 'Uren per week', kind: 'number' },
        { header: 'Van', kind: 'date' },
        { header: 'Tot en met', kind: 'date' },
        { header: 'Bron', kind: 'text' },
      ],
      rows: rows.map((r) => [
        r.name,
        r.discipline,
        r.team,
        EMPLOYMENT[String(r.employment_type)] ?? r.employment_type,
        r.contract,
        // 36 hours a week = 1 fte under the CAO Gemeenten.
        Math.round((Number(r.contract) / 36) * 100) / 100,
        r.share,
        r.funding_end,
        r.wijk,
        r.task,
        r.hours,
        r.start_date,
        r.end_date,
        r.source === null ? null : r.source === 'leveller' ? 'voorstel' : 'handmatig',
      ]),
    };
  }

  /** A completed forecast per discipline and period: capacity and the percentiles of demand and shortfall, in hours. */
  async forecast(principal: Principal, runId: string, granularity: ExportGranularity): Promise<ExportTable> {
    const run = await this.dataSource
      .getRepository(ForecastRun)
      .findOneBy({ id: runId, organisationId: principal.organisationId });
    if (!run) throw new NotFoundException(problem(404, `Geen prognose met id ${runId} in uw organisatie.`));
    if (run.status !== 'completed')
      throw new ConflictException(
        problem(409, 'Deze prognose is nog niet klaar; exporteren kan als de status "completed" is.'),
      );
    const series: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT discipline_id, periods, capacity, demand_p10, demand_p50, demand_p80, demand_p90, shortfall_p10, shortfall_p50, shortfall_p80, shortfall_p90
         FROM forecast_series WHERE run_id = $1 AND granularity = $2 ORDER BY discipline_index`,
      [runId, granularity],
    );
    if (!series.length) {
      throw new NotFoundException(
        problem(404, `Deze prognose heeft geen reeksen per ${granularity}.`, [
          { name: 'granularity', reason: 'must be a granularity stored with this forecast' },
        ]),
      );
    }
    const names = new Map(
      ((run.result as { disciplines?: { id: string; name: string }[] } | null)?.disciplines ?? []).map(
        (d) => [d.id, d.name],
      ),
    );
    const keys = [
      'capacity',
      'demand_p10',
      'demand_p50',
      'demand_p80',
      'demand_p90',
      'shortfall_p10',
      'shortfall_p50',
      'shortfall_p80',
      'shortfall_p90',
    ];
    const rows: (string | number | null)[][] = [];
    for (const s of series) {
      const periods = s.periods as string[];
      periods.forEach((period, i) =>
        rows.push([
          names.get(String(s.discipline_id)) ?? String(s.discipline_id),
          period,
          ...keys.map((k) => (s[k] as number[])[i] ?? null),
        ]),
      );
    }
    return {
      sheetName: 'Prognose',
      columns: [
        { header: 'Discipline', kind: 'text', width: 30 },
        { header: 'Periode', kind: 'text' },
        { header: 'Capaciteit (uren)', kind: 'number' },
        ...['P10', 'P50', 'P80', 'P90'].map((p) => ({
          header: `Vraag ${p} (uren)`,
          kind: 'number' as const,
        })),
        ...['P10', 'P50', 'P80', 'P90'].map((p) => ({
          header: `Tekort ${p} (uren)`,
          kind: 'number' as const,
        })),
      ],
      rows,
    };
  }
}
