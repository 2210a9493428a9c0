import { getQueueToken } from '@nestjs/bullmq';
import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QueueDashboard, QueueFailedJob, QueueOverview } from '@wijkkracht/contracts';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { problem } from '../common/problem';
import { QUEUES } from '../jobs/queue-names';
import { MetricsService } from '../metrics/metrics.service';
import type { RunKind } from '../runs/run-events';
import { RUN_TABLES, RunLifecycle } from '../runs/run-lifecycle';
import { isUniqueViolation } from '../runs/run-start';

/** Failed jobs looked at per queue, and shown. */
const FAILED_SCAN = 200;
const FAILED_SHOWN = 20;

type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Which organisation a job belongs to: jobs carry a run id (or the organisation itself); the run's
 * table says whose it is. Jobs of no organisation (maintenance, the nightly schedule) are counted
 * but not listed: an organisation's admin sees and retries only their own organisation's jobs.
 */
const RUN_OF_QUEUE: Partial<Record<QueueName, RunKind>> = {
  [QUEUES.forecasts]: 'forecast',
  [QUEUES.forecastChunks]: 'forecast',
  [QUEUES.reports]: 'forecast',
  [QUEUES.levelling]: 'levelling',
  [QUEUES.advice]: 'advice',
};

/** Queues whose failed jobs a retry can finish; a failed forecast flow is started again as a new forecast instead. */
const RETRYABLE: ReadonlySet<string> = new Set([QUEUES.levelling, QUEUES.advice, QUEUES.reports]);

/** The queue dashboard for admins: counts, workers, durations and the organisation's failed jobs, with retry. */
@Injectable()
export class QueuesService {
  private readonly logger = new Logger(QueuesService.name);

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly metrics: MetricsService,
    private readonly lifecycle: RunLifecycle,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async dashboard(organisationId: string): Promise<QueueDashboard> {
    const queues = await Promise.all(Object.values(QUEUES).map((name) => this.overview(name, organisationId)));
    return { at: new Date().toISOString(), queues };
  }

  private async overview(name: QueueName, organisationId: string): Promise<QueueOverview> {
    const queue = this.queue(name);
    const [depth, durations, workers, paused, failed] = await Promise.all([
      this.metrics.depth(queue),
      this.metrics.durations(queue),
      queue.getWorkersCount(),
      queue.isPaused(),
      queue.getFailed(0, FAILED_SCAN - 1),
    ]);
    const own = await this.ownJobs(name, organisationId, failed);
    return {
      ...depth,
      workers,
      paused,
      durations,
      failedJobs: own
        .sort((a, b) => (b.finishedOn ?? 0) - (a.finishedOn ?? 0))
        .slice(0, FAILED_SHOWN)
        .map((job): QueueFailedJob => ({
          id: String(job.id),
          name: job.name,
          failedReason: (job.failedReason ?? '').slice(0, 500),
          attemptsMade: job.attemptsMade,
          failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
          runId: typeof job.data?.runId === 'string' ? job.data.runId : null,
          retryable: RETRYABLE.has(name),
        })),
    };
  }

  /** Retries a failed job of the caller's organisation; a run it belonged to is queued again first. */
  async retry(organisationId: string, name: string, jobId: string): Promise<QueueFailedJob> {
    if (!isQueueName(name)) throw notFound();
    const queue = this.queue(name);
    const job = await queue.getJob(jobId);
    if (!job || !(await this.ownJobs(name, organisationId, [job])).length) throw notFound();
    if ((await job.getState()) !== 'failed') throw new ConflictException(problem(409, 'Deze taak is niet mislukt; alleen mislukte taken kunnen opnieuw.'));
    if (!RETRYABLE.has(name)) {
      throw new ConflictException(
        problem(409, 'Een mislukte prognose wordt niet hervat: start de prognose opnieuw (POST /forecasts).'),
      );
    }
    const kind = RUN_OF_QUEUE[name];
    const runId = typeof job.data?.runId === 'string' ? job.data.runId : null;
    if (kind && kind !== 'forecast' && runId) {
      let reopened: boolean;
      try {
        reopened = await this.lifecycle.reopen(kind, runId);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw new ConflictException(
          problem(409, 'Er is inmiddels een nieuwere run met dezelfde invoer; die geldt, deze wordt niet hervat.'),
        );
      }
      if (!reopened) throw new ConflictException(problem(409, 'De run van deze taak is niet mislukt; er valt niets te hervatten.'));
    }
    await job.retry('failed');
    this.logger.log({ queue: name, jobId, organisationId }, 'failed job retried');
    return {
      id: String(job.id),
      name: job.name,
      failedReason: job.failedReason ?? '',
      attemptsMade: job.attemptsMade,
      failedAt: null,
      runId: typeof job.data?.runId === 'string' ? job.data.runId : null,
      retryable: true,
    };
  }

  /** The jobs among `jobs` that belong to the organisation (by their run, or their organisation id). */
  private async ownJobs(name: QueueName, organisationId: string, jobs: (Job | undefined)[]): Promise<Job[]> {
    const present = jobs.filter((j): j is Job => !!j);
    const kind = RUN_OF_QUEUE[name];
    const runIds = [
      ...new Set(present.map((j) => j.data?.runId).filter((id): id is string => typeof id === 'string' && UUID.test(id))),
    ];
    const owned = new Set<string>();
    if (kind && runIds.length) {
      const rows: { id: string }[] = await this.db.query(
        `SELECT id FROM ${RUN_TABLES[kind]} WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
        [organisationId, runIds],
      );
      for (const r of rows) owned.add(r.id);
    }
    return present.filter((j) =>
      typeof j.data?.runId === 'string' ? owned.has(j.data.runId) : j.data?.organisationId === organisationId,
    );
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isQueueName(name: string): name is QueueName {
  return (Object.values(QUEUES) as string[]).includes(name);
}

function notFound(): NotFoundException {
  return new NotFoundException(problem(404, 'Deze mislukte taak bestaat niet in uw organisatie.'));
}
