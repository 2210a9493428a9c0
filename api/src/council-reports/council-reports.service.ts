import { InjectQueue } from '@nestjs/bullmq';
import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { adviseCapacitySteps, type Programme } from '@wijkkracht/planning';
import { Queue } from 'bullmq';
import { DataSource, In } from 'typeorm';
import { problem } from '../common/problem';
import { ForecastRun } from '../forecasts/forecast-run.entity';
import { JOBS, QUEUES } from '../jobs/queue-names';
import { HandBack, runInSlices } from '../jobs/work-slices';
import { Milestone } from '../milestones/milestone.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Wijk } from '../wijken/wijk.entity';
import {
  buildCouncilReportContent,
  COUNCIL_KINDS,
  CouncilReportInput,
  EngineAdvice,
  REPORT_ADVICE,
  ReportSeries,
} from './council-report-content';
import { CouncilReport } from './council-report.entity';
import { renderCouncilReport } from './render-council-report';

/** Assumption (domain.md): €110 an hour of inhuur, until organisations set their own rate. */
const INHUUR_RATE = 110;

export type CouncilReportAnswer = { ready: true; pdf: Buffer } | { ready: false; retryAfterSeconds: number };

/** Council reports: asked for over HTTP (queued once per forecast), made by the worker, then served as stored. */
@Injectable()
export class CouncilReportsService {
  private readonly logger = new Logger(CouncilReportsService.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.reports) private readonly queue: Queue,
  ) {}

  async request(organisationId: string, runId: string): Promise<CouncilReportAnswer> {
    const run = await this.dataSource.getRepository(ForecastRun).findOneBy({ id: runId, organisationId });
    if (!run) throw new NotFoundException(problem(404, `Geen prognose met id ${runId} in uw organisatie.`));
    if (run.status !== 'completed') {
      throw new ConflictException(
        problem(
          409,
          'Deze prognose is nog niet klaar; het raadsrapport kan worden gemaakt als de status "completed" is.',
        ),
      );
    }
    const reports = this.dataSource.getRepository(CouncilReport);
    const report = await reports
      .createQueryBuilder('r')
      .addSelect('r.pdf')
      .where('r.runId = :runId', { runId })
      .getOne();
    if (report?.status === 'completed' && report.pdf) return { ready: true, pdf: report.pdf };
    if (!report || report.status === 'failed') {
      await this.dataSource.query(
        `INSERT INTO council_reports (run_id, organisation_id, status) VALUES ($1, $2, 'queued')
         ON CONFLICT (run_id) DO UPDATE SET status = 'queued', error = NULL WHERE council_reports.status = 'failed'`,
        [runId, organisationId],
      );
    }
    // The job id is the run's: asking again while it is queued or running adds no second job.
    await this.queue.add(
      JOBS.councilReport,
      { runId },
      {
        jobId: `council-report-${runId}`,
        attempts: 3,
        backoff: { type: 'exponential', delay: 2000 },
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
    return { ready: false, retryAfterSeconds: 3 };
  }

  /** Worker side: builds and stores the PDF; idempotent (a second run of the job overwrites it with the same report). */
  async make(runId: string): Promise<{ pages: number; bytes: number }> {
    const run = await this.dataSource.getRepository(ForecastRun).findOneByOrFail({ id: runId });
    const input = await this.input(run);
    const { pdf, pages } = await renderCouncilReport(buildCouncilReportContent(input));
    await this.dataSource.query(
      `INSERT INTO council_reports (run_id, organisation_id, status, pdf, pages, finished_at) VALUES ($1, $2, 'completed', $3, $4, now())
       ON CONFLICT (run_id) DO UPDATE SET status = 'completed', pdf = EXCLUDED.pdf, pages = EXCLUDED.pages, error = NULL, finished_at = now()`,
      [runId, run.organisationId, pdf, pages],
    );
    return { pages, bytes: pdf.length };
  }

  async markFailed(runId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE council_reports SET status = 'failed', error = $2, finished_at = now() WHERE run_id = $1 AND status <> 'completed'`,
      [runId, error.slice(0, 2000)],
    );
  }

  /** The figures of the report, read from the stored forecast and the plan's names. */
  async input(run: ForecastRun): Promise<CouncilReportInput> {
    const result = run.result!;
    const series = async (granularity: string): Promise<ReportSeries[]> => {
      const rows: Record<string, unknown>[] = await this.dataSource.query(
        `SELECT discipline_id, periods, capacity, demand_p50, demand_p80, shortfall_p50, shortfall_p80
           FROM forecast_series WHERE run_id = $1 AND granularity = $2 ORDER BY discipline_index`,
        [run.id, granularity],
      );
      return rows.map((r) => ({
        disciplineId: String(r.discipline_id),
        periods: r.periods as string[],
        capacity: r.capacity as number[],
        demandP50: r.demand_p50 as number[],
        demandP80: r.demand_p80 as number[],
        shortfallP50: r.shortfall_p50 as number[],
        shortfallP80: r.shortfall_p80 as number[],
      }));
    };
    const ids = result.milestones.map((m) => m.milestoneId);
    const milestones = ids.length
      ? await this.dataSource
          .getRepository(Milestone)
          .findBy({ id: In(ids), organisationId: run.organisationId })
      : [];
    const wijkIds = [...new Set(milestones.map((m) => m.wijkId))];
    const wijken = wijkIds.length
      ? await this.dataSource.getRepository(Wijk).findBy({ id: In(wijkIds) })
      : [];
    const milestoneById = new Map(milestones.map((m) => [m.id, m]));
    const wijkName = new Map(wijken.map((w) => [w.id, w.name]));
    const organisation = await this.dataSource
      .getRepository(Organisation)
      .findOneByOrFail({ id: run.organisationId });
    return {
      organisationName: organisation.name,
      forecastDate: (run.finishedAt ?? run.createdAt).toISOString().slice(0, 10),
      simulations: result.simulations,
      seed: result.seed,
      horizon: String(run.horizonEnd),
      disciplines: result.disciplines,
      quarters: await series('quarter'),
      years: await series('year'),
      milestones: result.milestones.map((m) => {
        const stored = milestoneById.get(m.milestoneId);
        return {
          id: m.milestoneId,
          name: m.name,
          wijkName: (stored && wijkName.get(stored.wijkId)) ?? '–',
          kind: stored?.kind ?? 'other',
          deadline: m.deadline,
          probabilityOnTime: m.probabilityOnTime,
          p50: m.p50,
          p80: m.p80,
        };
      }),
      hourlyRate: INHUUR_RATE,
      engineAdvice: await this.advice(
        run,
        new Set(milestones.filter((m) => COUNCIL_KINDS.has(m.kind)).map((m) => m.id)),
      ),
    };
  }

  /**
   * The engine's capacity advice for an 80% chance on every milestone. Bounded (simulations,
   * evaluations) so a large gemeente's report stays within its 30 s; a plan the advice cannot
   * handle leaves the report with the indicative P80 advice instead.
   */
  private async advice(run: ForecastRun, councilMilestoneIds: Set<string>): Promise<EngineAdvice | null> {
    const rows: { input: Programme | null }[] = await this.dataSource.query(
      `SELECT input FROM forecast_runs WHERE id = $1`,
      [run.id],
    );
    const programme = rows[0]?.input;
    if (!programme || !councilMilestoneIds.size) return null;
    // The council decides on the WUP; gas-free dates by 2030 are not reachable by staffing alone, so they do not steer this advice.
    const councilOnly: Programme = {
      ...programme,
      milestones: (programme.milestones ?? []).filter((m) => councilMilestoneIds.has(m.id)),
    };
    try {
      // Step by step, yielding between steps: the search takes seconds on a large
      // gemeente, which the worker's other jobs (their lock renewals) should not wait for.
      const advised = await runInSlices(
        adviseCapacitySteps(
          { programme: councilOnly, options: { granularities: ['year'] } },
          {
            targetProbability: REPORT_ADVICE.targetProbability,
            internalHourlyRate: INHUUR_RATE,
            externalHourlyRate: INHUUR_RATE,
            simulations: Math.min(REPORT_ADVICE.simulations, run.simulations),
            seed: run.seed,
            today: (run.finishedAt ?? run.createdAt).toISOString().slice(0, 10),
            maxEvaluations: REPORT_ADVICE.maxEvaluations,
          },
        ),
      );
      const result = advised.value;
      return {
        reachesTarget: result.reachesTarget,
        targetProbability: result.targetProbability,
        simulations: result.simulations,
        extra: result.extra.map((e) => ({
          disciplineId: e.disciplineId,
          fte: e.fte,
          from: e.from,
          yearlyCostExternal: e.yearlyCostExternal,
        })),
        yearlyCostExternal: result.yearlyCostExternal,
        milestones: result.milestones.map((m) => ({
          milestoneId: m.milestoneId,
          probabilityAfter: m.probabilityAfter,
        })),
      };
    } catch (error) {
      if (error instanceof HandBack) throw error;
      this.logger.warn(
        { err: error, runId: run.id },
        'capacity advice failed; the report gives the indicative advice',
      );
      return null;
    }
  }
}
