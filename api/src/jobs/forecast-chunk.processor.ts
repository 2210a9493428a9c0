import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import {
  createPartial,
  ProgrammeInputError,
  simulateSteps,
  type ForecastPartial,
  type PreparedForecast,
} from '@wijkkracht/planning';
import { Job, UnrecoverableError } from 'bullmq';
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { ForecastProgress } from '../forecasts/forecast-progress';
import { ACTIVE_STATUSES, ForecastStore, RunState } from '../forecasts/forecast-store';
import { LocalChunks } from '../forecasts/local-chunks';
import { PreparedForecastCache } from '../forecasts/prepared-forecast-cache';
import { ProgressReports, runInSlices, Turns } from './work-slices';
import { ForecastChunkJobData } from './forecast-job-payloads';
import { CHUNK_WORKER } from './forecast-job-settings';
import { QUEUES } from './queue-names';

/**
 * Simulates one chunk of a forecast run and stores its samples in PostgreSQL. Idempotent: a
 * chunk already stored is not computed again, and the store keeps the first copy only.
 */
@Processor(QUEUES.forecastChunks, CHUNK_WORKER)
export class ForecastChunkProcessor extends WorkerHost {
  private readonly logger = new Logger(ForecastChunkProcessor.name);
  private readonly workerName = `${hostname()}:${process.pid}`;
  /**
   * One chunk computes at a time in this process (the engine is synchronous); the job after it
   * waits with its input ready and starts the moment the engine is free.
   */
  private readonly computeTurn = new Turns();

  constructor(
    private readonly store: ForecastStore,
    private readonly progress: ForecastProgress,
    private readonly prepared: PreparedForecastCache,
    private readonly localChunks: LocalChunks,
  ) {
    super();
  }

  async process(
    job: Job<ForecastChunkJobData>,
  ): Promise<{ stored: boolean; skipped?: string; computeMs?: number; readyMs?: number; worker?: string }> {
    const begun = performance.now();
    const { runId, chunkIndex, from, to } = job.data;
    const run = await this.store.chunkState(runId, chunkIndex);
    if (!run || !ACTIVE_STATUSES.includes(run.status))
      return { stored: false, skipped: run?.status ?? 'missing' };
    if (run.chunkStored) {
      await this.progress.report(run, chunkIndex, to - from);
      return { stored: false, skipped: 'already stored' };
    }
    // Reports go out while the chunk computes instead of holding up its start. One is in flight at
    // a time (counts stay in order), and one that finds the run ended (cancelled, failed) stops
    // the chunk. A first report marks a queued run running, and restarts a retried chunk's count.
    const reports = new ProgressReports((done) => this.progress.report(run, chunkIndex, done));
    if (run.status === 'queued' || job.attemptsMade > 0 || (job.attemptsStarted ?? 0) > 1) reports.send(0);
    const prepared = await this.prepare(run);
    const computed = await this.computeTurn.run(() => this.compute(prepared, run.seed, from, to, reports));
    if (!computed) return { stored: false, skipped: 'run no longer active' };
    const { partial, started, computeMs } = computed;
    // Stored and reported at once: the count is of simulations done, which they are.
    const [stored] = await Promise.all([
      this.store.saveChunk(runId, chunkIndex, partial, performance.now() - started, this.workerName),
      reports.last(to - from),
    ]);
    // Kept for a merge on this worker too (a twin's stored copy is the same samples).
    this.localChunks.keep(runId, chunkIndex, partial);
    // The engine's share of the job's time (the rest is the queue, the database and waiting), how
    // long the job took to be ready to compute (the run's state, its input on a first chunk, and
    // its turn), and which worker ran it.
    return {
      stored,
      computeMs: Math.round(computeMs),
      readyMs: Math.round(started - begun),
      worker: this.workerName,
    };
  }

  /**
   * Simulates from..to in slices that yield to the event loop (`runInSlices`): the chunk before
   * this one stores its samples and the next is fetched meanwhile, so the engine never waits for
   * the database or Redis. A chunk takes about a second at most, so a shutdown lets it finish.
   * Null when a report found the run ended.
   */
  private async compute(
    prepared: PreparedForecast,
    seed: number,
    from: number,
    to: number,
    reports: ProgressReports,
  ): Promise<{ partial: ForecastPartial; started: number; computeMs: number } | null> {
    const started = performance.now();
    // The run may have ended while this chunk waited for its turn.
    if (reports.ended()) return null;
    const partial = createPartial(prepared, seed, { from, to });
    const simulated = await runInSlices(simulateSteps(partial, prepared, { from, to }), reports.goOn, {
      onShutdown: 'finish',
    });
    return simulated && { partial, started, computeMs: simulated.busyMs };
  }

  private async prepare(run: RunState): Promise<PreparedForecast> {
    try {
      return await this.prepared.get(run);
    } catch (error) {
      // A plan the engine refuses will not improve by retrying.
      if (error instanceof ProgrammeInputError) throw new UnrecoverableError(describeInputError(error));
      throw error;
    }
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<ForecastChunkJobData> | undefined, error: Error): Promise<void> {
    if (!job) return;
    const final =
      error instanceof UnrecoverableError ||
      error.name === 'UnrecoverableError' ||
      job.attemptsMade >= (job.opts.attempts ?? 1);
    this.logger.warn(
      { runId: job.data.runId, chunk: job.data.chunkIndex, attempt: job.attemptsMade, final, err: error },
      'forecast chunk failed',
    );
    if (final)
      await this.store
        .fail(job.data.runId, `Simulaties ${job.data.from}–${job.data.to} mislukten: ${error.message}`)
        .catch(() => undefined);
  }
}

/** The engine names each bad field and rule; a run's error shows the first few. */
export function describeInputError(error: ProgrammeInputError): string {
  const issues = error.issues;
  if (!issues.length) return `Het plan kan niet worden doorgerekend: ${error.message}`;
  const shown = issues.slice(0, 3).map((i) => `${i.field}: ${i.message}`);
  return `Het plan kan niet worden doorgerekend (${issues.length} ${issues.length === 1 ? 'probleem' : 'problemen'}): ${shown.join('; ')}${issues.length > 3 ? '; …' : ''}`;
}
