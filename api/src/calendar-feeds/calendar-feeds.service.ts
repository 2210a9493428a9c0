import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import ical, { ICalEventStatus } from 'ical-generator';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { assertInOrganisation } from '../common/crud/tenant-crud.service';
import { problem } from '../common/problem';
import { ForecastRun } from '../forecasts/forecast-run.entity';
import { Milestone } from '../milestones/milestone.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Wijk } from '../wijken/wijk.entity';
import { CalendarFeed } from './calendar-feed.entity';

const TOKEN_PREFIX = 'wkcal_';
const TOKEN_FORM = /^wkcal_[A-Za-z0-9_-]{43}$/;
const KIND: Record<string, string> = {
  council_decision: 'Raadsbesluit',
  wup_adopted: 'WUP vastgesteld',
  gas_free: 'Aardgasvrij',
  other: 'Mijlpaal',
};

export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const pct = (p: number) => `${Math.round(p * 100)}%`;
const nlDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** Subscribable iCalendar feeds of milestones; the URL's secret token is the only credential, stored hashed and revocable. */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(principal: Principal, name: string, wijkId: string | null) {
    return this.dataSource.transaction(async (manager) => {
      await assertInOrganisation(manager, principal, Wijk, wijkId, 'wijkId');
      const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
      const feed = await manager.save(
        manager.create(CalendarFeed, {
          organisationId: principal.organisationId,
          wijkId,
          name,
          tokenHash: hashFeedToken(token),
          createdBy: principal.userId,
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, {
        organisationId: principal.organisationId,
        userId: principal.userId,
        action: 'calendar-feed.created',
        entityType: 'calendar-feed',
        entityId: feed.id,
        after: { name, wijkId },
      });
      return { ...this.view(feed), token, path: `/api/v1/calendar-feeds/feed/${token}` };
    });
  }

  async list(principal: Principal) {
    const feeds = await this.dataSource
      .getRepository(CalendarFeed)
      .find({ where: { organisationId: principal.organisationId }, order: { createdAt: 'DESC' } });
    return { items: feeds.map((f) => this.view(f)) };
  }

  /** Revoking is for the feed's creator and for those who manage the programme. */
  async revoke(principal: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const feed = await manager.findOne(CalendarFeed, {
        where: { id, organisationId: principal.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!feed)
        throw new NotFoundException(problem(404, `Geen agenda-feed met id ${id} in uw organisatie.`));
      if (feed.createdBy !== principal.userId && !['admin', 'programme_manager'].includes(principal.role)) {
        throw new ForbiddenException(
          problem(403, 'Alleen wie de feed maakte, een beheerder of een programmamanager kan hem intrekken.'),
        );
      }
      if (feed.revokedAt) return;
      await manager.update(CalendarFeed, { id }, { revokedAt: new Date() });
      await this.audit.record(manager, {
        organisationId: principal.organisationId,
        userId: principal.userId,
        action: 'calendar-feed.revoked',
        entityType: 'calendar-feed',
        entityId: id,
      });
    });
  }

  /** The feed's iCalendar text, or 404 for an unknown or revoked token (the two are not told apart). */
  async render(token: string): Promise<string> {
    if (!TOKEN_FORM.test(token)) {
      throw new BadRequestException(
        problem(400, 'Dit is geen geldige agenda-link: controleer of de hele URL is gekopieerd.', [
          { name: 'token', reason: 'must be wkcal_ followed by 43 characters' },
        ]),
      );
    }
    const feed = await this.dataSource
      .getRepository(CalendarFeed)
      .findOne({ where: { tokenHash: hashFeedToken(token), revokedAt: IsNull() } });
    if (!feed) throw new NotFoundException(problem(404, 'Deze agenda-feed bestaat niet of is ingetrokken.'));
    const organisationId = feed.organisationId;
    const [organisation, wijken, milestones, run] = await Promise.all([
      this.dataSource.getRepository(Organisation).findOneByOrFail({ id: organisationId }),
      this.dataSource
        .getRepository(Wijk)
        .find({ where: { organisationId, ...(feed.wijkId ? { id: feed.wijkId } : {}) } }),
      this.dataSource.getRepository(Milestone).find({
        where: { organisationId, ...(feed.wijkId ? { wijkId: feed.wijkId } : {}) },
        order: { deadline: 'ASC', name: 'ASC' },
      }),
      // The latest completed forecast of the plan of record tells how likely each date is.
      this.dataSource.getRepository(ForecastRun).findOne({
        where: { organisationId, status: 'completed', scenarioId: IsNull() },
        order: { finishedAt: 'DESC' },
      }),
    ]);
    const wijkName = new Map(wijken.map((w) => [w.id, w.name]));
    const outlook = new Map((run?.result?.milestones ?? []).map((m) => [m.milestoneId, m]));
    const calendar = ical({
      name: `${organisation.name} – ${feed.name}`,
      prodId: { company: 'Wijkkracht', product: 'mijlpalen', language: 'NL' },
      ttl: 60 * 60,
    });
    for (const m of milestones) {
      const f = outlook.get(m.id);
      const date = m.deadline ?? f?.p50 ?? null;
      if (!date) continue;
      const lines = [
        `${KIND[m.kind] ?? 'Mijlpaal'} voor ${wijkName.get(m.wijkId) ?? 'de wijk'}.`,
        m.deadline
          ? `Uiterste datum: ${nlDate(m.deadline)}.`
          : 'Geen uiterste datum; dit is de verwachte datum (P50) uit de prognose.',
        ...(f
          ? [
              `Kans om op tijd te zijn volgens de prognose van ${nlDate(run!.finishedAt!.toISOString().slice(0, 10))}: ${pct(f.probabilityOnTime)}.`,
              ...(f.p50
                ? [
                    `Verwachte datum (P50): ${nlDate(f.p50)}${f.p80 ? `; met 80% zekerheid vóór ${nlDate(f.p80)}` : ''}.`,
                  ]
                : []),
            ]
          : []),
      ];
      calendar.createEvent({
        id: `${m.id}@wijkkracht`,
        start: new Date(`${date}T00:00:00Z`),
        allDay: true,
        summary: `${m.name} – ${wijkName.get(m.wijkId) ?? ''}`.replace(/ – $/, ''),
        description: lines.join('\n'),
        categories: [{ name: KIND[m.kind] ?? 'Mijlpaal' }],
        status: ICalEventStatus.CONFIRMED,
        stamp: m.updatedAt,
      });
    }
    return calendar.toString();
  }

  private view(feed: CalendarFeed) {
    return {
      id: feed.id,
      name: feed.name,
      wijkId: feed.wijkId,
      createdAt: feed.createdAt.toISOString(),
      revokedAt: feed.revokedAt?.toISOString() ?? null,
    };
  }
}
