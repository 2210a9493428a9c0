import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { CouncilReportsService } from '../council-reports/council-reports.service';
import { JOBS, QUEUES } from './queue-names';
import { handingBack } from './work-slices';

/** Makes council reports (PDF) of completed forecasts; a report whose retries are used up is marked failed, so asking again retries. */
@Processor(QUEUES.reports)
export class CouncilReportProcessor extends WorkerHost {
  private readonly logger = new Logger(CouncilReportProcessor.name);

  constructor(private readonly reports: CouncilReportsService) {
    super();
  }

  async process(job: Job<{ runId: string }>, token?: string): Promise<{ pages: number; bytes: number }> {
    if (job.name !== JOBS.councilReport) throw new Error(`unknown job ${job.name}`);
    const started = Date.now();
    // Handed back to the queue when this worker shuts down while the report's advice runs.
    const made = await handingBack(job, token, () => this.reports.make(job.data.runId));
    this.logger.log({ runId: job.data.runId, ...made, ms: Date.now() - started }, 'council report made');
    return made;
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<{ runId: string }> | undefined, error: Error): Promise<void> {
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    await this.reports.markFailed(job.data.runId, error.message);
  }
}
