import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { ProgrammeInputError, RcpspInputError } from '@wijkkracht/planning';
import { Job, UnrecoverableError } from 'bullmq';
import type { RunKind } from '../runs/run-events';
import { RunLifecycle } from '../runs/run-lifecycle';
import { describeInputError } from './forecast-chunk.processor';
import { RunJobData } from './run-job-payloads';
import { handingBack } from './work-slices';

/** Runs one job of a levelling or advice run; a plan the engine refuses fails at once with the engine's field and rule. */
export abstract class PlanningRunProcessor extends WorkerHost {
  protected abstract readonly kind: RunKind;
  protected abstract readonly jobName: string;
  private readonly logger = new Logger(this.constructor.name);

  constructor(protected readonly lifecycle: RunLifecycle) {
    super();
  }

  protected abstract compute(runId: string): Promise<{ completed: boolean; skipped?: string }>;

  async process(job: Job<RunJobData>, token?: string): Promise<{ completed: boolean; skipped?: string }> {
    if (job.name !== this.jobName) throw new Error(`unknown job ${job.name}`);
    const started = Date.now();
    try {
      // Handed back to the queue when this worker shuts down mid-run.
      const outcome = await handingBack(job, token, () => this.compute(job.data.runId));
      this.logger.log({ runId: job.data.runId, ...outcome, ms: Date.now() - started }, `${this.kind} run processed`);
      return outcome;
    } catch (error) {
      // A plan the engine refuses will not improve by retrying.
      if (error instanceof ProgrammeInputError) throw new UnrecoverableError(describeInputError(error));
      if (error instanceof RcpspInputError) throw new UnrecoverableError(`Het plan kan niet worden gepland: ${error.message}`);
      throw error;
    }
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<RunJobData> | undefined, error: Error): Promise<void> {
    if (!job) return;
    const final =
      error instanceof UnrecoverableError ||
      error.name === 'UnrecoverableError' ||
      job.attemptsMade >= (job.opts.attempts ?? 1);
    this.logger.warn({ runId: job.data.runId, attempt: job.attemptsMade, final, err: error }, `${this.kind} run failed`);
    if (final) await this.lifecycle.fail(this.kind, job.data.runId, error.message).catch(() => undefined);
  }
}
