import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RUN_PHASE_TEXTS } from '@wijkkracht/contracts';
import { mergeSteps, type MergeProgress } from '@wijkkracht/planning';
import { performance } from 'node:perf_hooks';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { ACTIVE_STATUSES, ForecastStore } from '../forecasts/forecast-store';
import { ForecastsService } from '../forecasts/forecasts.service';
import { LocalChunks } from '../forecasts/local-chunks';
import { PreparedForecastCache } from '../forecasts/prepared-forecast-cache';
import { ReforecastScheduler } from '../forecasts/reforecast-scheduler';
import { ForecastRunJobData, ReforecastOrganisationJobData } from './forecast-job-payloads';
import { NIGHTLY_PATTERN, NIGHTLY_SIMULATIONS, RUN_WORKER } from './forecast-job-settings';
import { JOBS, QUEUES } from './queue-names';
import { handingBack, runReporting } from './work-slices';

/**
 * The forecasts queue: flow parents (merge the stored chunks, store the result once), the
 * nightly re-forecast of every organisation, and the debounced re-forecast of one.
 */
@Processor(QUEUES.forecasts, RUN_WORKER)
export class ForecastRunProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(ForecastRunProcessor.name);

  constructor(
    private readonly store: ForecastStore,
    private readonly forecasts: ForecastsService,
    private readonly reforecasts: ReforecastScheduler,
    private readonly prepared: PreparedForecastCache,
    private readonly localChunks: LocalChunks,
    @InjectQueue(QUEUES.forecasts) private readonly queue: Queue,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await upsertNightlySchedule(this.queue);
  }

  async process(job: Job, token?: string): Promise<unknown> {
    switch (job.name) {
      case JOBS.forecastRun:
        // Handed back to the queue when this worker shuts down mid-merge.
        return handingBack(job, token, () => this.mergeAndStore(job as Job<ForecastRunJobData>));
      case JOBS.nightlyReforecast:
        return this.nightly();
      case JOBS.reforecastOrganisation:
        return this.reforecast(job as Job<ReforecastOrganisationJobData>);
      default:
        throw new Error(`unknown job ${job.name}`);
    }
  }

  private async mergeAndStore(
    job: Job<ForecastRunJobData>,
  ): Promise<{ completed: boolean; ms?: { read: number; merge: number; store: number } }> {
    const { runId } = job.data;
    const run = await this.store.state(runId);
    if (!run || !ACTIVE_STATUSES.includes(run.status)) return { completed: false };
    const stored = await this.store.storedSimulations(runId);
    if (stored !== run.simulations)
      throw new Error(`${stored} of ${run.simulations} simulations stored; waiting for the rest`);
    await this.store.progress(runId, 91, RUN_PHASE_TEXTS.merging);
    const t0 = performance.now();
    // Chunks this worker computed are in its memory; only the others come from PostgreSQL.
    const local = this.localChunks.take(runId);
    const [prepared, fromDatabase] = await Promise.all([
      this.prepared.get(run),
      this.store.chunks(runId, [...local.keys()]),
    ]);
    const partials = [...local.values(), ...fromDatabase];
    const t1 = performance.now();
    // In slices that yield: the merge of thousands of weekly simulations takes seconds, which this
    // worker's chunk jobs (their lock renewals) and a shutdown should not wait for.
    const merged = await runReporting(mergeSteps(prepared, partials), ({ done, total }: MergeProgress) =>
      this.store.progress(runId, 91 + Math.floor((5 * done) / total), RUN_PHASE_TEXTS.merging),
    );
    if (!merged) return { completed: false };
    const result = merged.value;
    const t2 = performance.now();
    await this.store.progress(runId, 96, RUN_PHASE_TEXTS.storing);
    const names = new Map(prepared.model.programme.disciplines.map((d) => [d.id, d.name]));
    const completed = await this.store.complete(runId, result, names);
    // Where the merge's time goes: logged, and kept as the job's return value (bench:jobs prints it).
    const ms = {
      read: Math.round(t1 - t0),
      merge: Math.round(t2 - t1),
      store: Math.round(performance.now() - t2),
    };
    this.logger.log({ runId, completed, simulations: run.simulations, ms }, 'forecast merged');
    return { completed, ms };
  }

  private async nightly(): Promise<{ organisations: number }> {
    const organisations: { id: string }[] = await this.db.query(`SELECT id FROM organisations ORDER BY id`);
    for (const o of organisations) await this.reforecasts.schedule(o.id, 'nightly', 0);
    return { organisations: organisations.length };
  }

  private async reforecast(
    job: Job<ReforecastOrganisationJobData>,
  ): Promise<{ runId: string; reused: boolean }> {
    const { organisationId, trigger, simulations = NIGHTLY_SIMULATIONS } = job.data;
    const started = await this.forecasts.start(
      organisationId,
      null,
      { simulations, granularity: 'month' },
      trigger,
    );
    return { runId: started.id, reused: started.reused };
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job || job.name !== JOBS.forecastRun) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    this.logger.warn(
      { runId: job.data.runId, attempt: job.attemptsMade, final, err: error },
      'forecast merge failed',
    );
    if (final)
      await this.store.fail(job.data.runId, `Samenvoegen mislukt: ${error.message}`).catch(() => undefined);
  }
}

/** Idempotent, so every worker may call it at start (and the watchdog after Redis lost its data). */
export async function upsertNightlySchedule(queue: Queue): Promise<void> {
  await queue.upsertJobScheduler(
    JOBS.nightlyReforecast,
    { pattern: NIGHTLY_PATTERN, tz: 'Europe/Amsterdam' },
    { name: JOBS.nightlyReforecast, opts: { removeOnComplete: { count: 30 }, removeOnFail: { count: 30 } } },
  );
}
