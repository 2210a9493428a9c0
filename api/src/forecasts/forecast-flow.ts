import { InjectFlowProducer, InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { FlowProducer, Queue } from 'bullmq';
import {
  forecastChunkJobId,
  forecastRunJobId,
  type ForecastChunkJobData,
  type ForecastRunJobData,
} from '../jobs/forecast-job-payloads';
import { FLOWS, JOBS, QUEUES } from '../jobs/queue-names';

/** At most this many simulations in one child job: small enough to share out, large enough to be cheap. */
export const MAX_CHUNK_SIZE = 50;
/** Aim for this many chunks, so that a handful of workers all stay busy until the end. */
const TARGET_CHUNKS = 20;

export function chunkPlan(simulations: number): { chunkSize: number; chunkCount: number } {
  const chunkSize = Math.max(1, Math.min(MAX_CHUNK_SIZE, Math.ceil(simulations / TARGET_CHUNKS)));
  return { chunkSize, chunkCount: Math.ceil(simulations / chunkSize) };
}

/** Retries with exponential back-off: transient errors (database restart, lost lock) heal themselves. */
const CHUNK_ATTEMPTS = 4;
const RUN_ATTEMPTS = 3;

/**
 * A forecast as a BullMQ flow: one parent (merge and store) with a child per chunk of
 * simulations. Job ids derive from the run, so adding the same run twice adds nothing.
 */
@Injectable()
export class ForecastFlow {
  constructor(
    @InjectFlowProducer(FLOWS.forecasts) private readonly flows: FlowProducer,
    @InjectQueue(QUEUES.forecasts) private readonly runs: Queue<ForecastRunJobData>,
  ) {}

  async enqueue(run: {
    id: string;
    simulations: number;
    chunkSize: number;
    chunkCount: number;
  }): Promise<void> {
    const children = Array.from({ length: run.chunkCount }, (_, chunkIndex) => {
      const data: ForecastChunkJobData = {
        runId: run.id,
        chunkIndex,
        from: chunkIndex * run.chunkSize,
        to: Math.min(run.simulations, (chunkIndex + 1) * run.chunkSize),
      };
      return {
        name: JOBS.forecastChunk,
        queueName: QUEUES.forecastChunks,
        data,
        opts: {
          jobId: forecastChunkJobId(run.id, chunkIndex),
          attempts: CHUNK_ATTEMPTS,
          backoff: { type: 'exponential', delay: 1000 },
          // A chunk that keeps failing fails its run instead of leaving the parent waiting forever.
          failParentOnFailure: true,
          removeOnComplete: { age: 24 * 3600, count: 5000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      };
    });
    await this.flows.add({
      name: JOBS.forecastRun,
      queueName: QUEUES.forecasts,
      data: { runId: run.id },
      opts: {
        jobId: forecastRunJobId(run.id),
        attempts: RUN_ATTEMPTS,
        backoff: { type: 'exponential', delay: 2000 },
        removeOnComplete: { age: 24 * 3600, count: 1000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
      children,
    });
  }

  /** The parent job's state, or null when Redis no longer knows the run (restart without persistence, flush). */
  async parentState(runId: string): Promise<{ state: string; failedReason?: string } | null> {
    const job = await this.runs.getJob(forecastRunJobId(runId));
    if (!job) return null;
    return { state: await job.getState(), failedReason: job.failedReason };
  }

  /** Takes a cancelled run's jobs out of the queues; jobs already running stop at their next check. */
  async remove(runId: string): Promise<void> {
    const job = await this.runs.getJob(forecastRunJobId(runId));
    if (!job) return;
    try {
      await job.remove({ removeChildren: true });
    } catch {
      // A locked (running) job cannot be removed; it sees the cancellation and stops by itself.
    }
  }
}
