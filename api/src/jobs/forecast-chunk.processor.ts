import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import {
  concatPartials,
  ProgrammeInputError,
  simulate,
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
import { ForecastChunkJobData } from './forecast-job-payloads';
import { CHUNK_WORKER } from './forecast-job-settings';
import { QUEUES } from './queue-names';

/** Simulate in slices of about this long, then report and yield (so the job lock is renewed). */
const SLICE_MS = 250;

/**
 * Simulates one chunk of a forecast run and stores its samples in PostgreSQL. Idempotent: a
 * chunk already stored is not computed again, and the store keeps the first copy only.
 */
@Processor(QUEUES.forecastChunks, CHUNK_WORKER)
export class ForecastChunkProcessor extends WorkerHost {
  private readonly logger = new Logger(ForecastChunkProcessor.name);
  private readonly workerName = `${hostname()}:${process.pid}`;
  /**
   * Milliseconds a simulation of this input took last, so that a chunk starts with a full slice
   * (often the whole chunk in one engine call) instead of a single simulation to find the pace:
   * every engine call compiles the problem once.
   */
  private readonly pace = new WeakMap<PreparedForecast, number>();

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
  ): Promise<{ stored: boolean; skipped?: string; computeMs?: number; readyMs?: number }> {
    const begun = performance.now();
    const { runId, chunkIndex, from, to } = job.data;
    const run = await this.store.chunkState(runId, chunkIndex);
    if (!run || !ACTIVE_STATUSES.includes(run.status))
      return { stored: false, skipped: run?.status ?? 'missing' };
    if (run.chunkStored) {
      await this.progress.report(run, chunkIndex, to - from);
      return { stored: false, skipped: 'already stored' };
    }
    // Reports go out while the chunk computes instead of holding up its start: the run shows as
    // running from its first chunk on. Each report waits for the one before (counts stay in order),
    // and one that finds the run ended (cancelled, failed) stops the chunk.
    let reporting = this.report(run, chunkIndex, 0);
    const prepared = await this.prepare(run);
    const started = performance.now();
    const partials: ForecastPartial[] = [];
    const known = this.pace.get(prepared);
    let slice = known ? Math.max(1, Math.floor(SLICE_MS / known)) : 1;
    let computeMs = 0;
    for (let sim = from; sim < to;) {
      const t = performance.now();
      const next = Math.min(to, sim + slice);
      partials.push(simulate(prepared, run.seed, { from: sim, to: next }));
      const ms = performance.now() - t;
      computeMs += ms;
      // Size the next slice from this one's pace: few calls, yet a report several times a second.
      const perSimulation = Math.max(0.01, ms / (next - sim));
      this.pace.set(prepared, perSimulation);
      slice = Math.max(1, Math.floor(SLICE_MS / perSimulation));
      sim = next;
      if (!(await reporting)) return { stored: false, skipped: 'run no longer active' };
      if (sim < to) reporting = this.report(run, chunkIndex, sim - from);
    }
    const partial = concatPartials(partials);
    // Stored and reported at once: the count is of simulations done, which they are.
    const [stored] = await Promise.all([
      this.store.saveChunk(runId, chunkIndex, partial, performance.now() - started, this.workerName),
      this.progress.report(run, chunkIndex, to - from),
    ]);
    // Kept for a merge on this worker too (a twin's stored copy is the same samples).
    this.localChunks.keep(runId, chunkIndex, partial);
    // The engine's share of the job's time (the rest is the queue, the database and waiting), and
    // how long the job took to be ready to compute (the run's state; its input on a first chunk).
    return { stored, computeMs: Math.round(computeMs), readyMs: Math.round(started - begun) };
  }

  /** A report in flight: its failure is the job's once awaited, never an unhandled rejection before. */
  private report(run: RunState, chunkIndex: number, done: number): Promise<boolean> {
    const reporting = this.progress.report(run, chunkIndex, done);
    reporting.catch(() => undefined);
    return reporting;
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
