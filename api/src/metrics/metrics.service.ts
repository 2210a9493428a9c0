import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ForecastRunFigures, JobDurations, JobMetrics, QueueDepth } from '@wijkkracht/contracts';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { ReadCache } from '../common/read-cache/read-cache';
import { QUEUES } from '../jobs/queue-names';
import type { RunKind } from '../runs/run-events';
import { RUN_TABLES } from '../runs/run-lifecycle';

/** Recent finished jobs per queue from which durations are taken. */
const SAMPLE = 200;

/** Queue depth per queue, job durations per job name, and run figures per kind of run from PostgreSQL. */
@Injectable()
export class MetricsService {
  constructor(
    private readonly moduleRef: ModuleRef,
    @InjectDataSource() private readonly db: DataSource,
    private readonly readCache: ReadCache,
  ) {}

  async collect(): Promise<JobMetrics> {
    const queues = Object.values(QUEUES).map((name) =>
      this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }),
    );
    const [depths, durations, forecastRuns, levellingRuns, adviceRuns] = await Promise.all([
      Promise.all(queues.map((q) => this.depth(q))),
      Promise.all(queues.map((q) => this.durations(q))),
      this.runFigures('forecast'),
      this.runFigures('levelling'),
      this.runFigures('advice'),
    ]);
    return {
      at: new Date().toISOString(),
      queues: depths,
      durations: durations.flat(),
      forecastRuns,
      levellingRuns,
      adviceRuns,
      readCache: this.readCache.stats(),
    };
  }

  /** Waiting, active, delayed, … jobs of one queue (also for the queue dashboard). */
  async depth(queue: Queue): Promise<QueueDepth> {
    const c = await queue.getJobCounts(
      'waiting',
      'active',
      'delayed',
      'waiting-children',
      'prioritized',
      'failed',
      'completed',
    );
    return {
      queue: queue.name,
      waiting: c.waiting ?? 0,
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      waitingChildren: c['waiting-children'] ?? 0,
      prioritized: c.prioritized ?? 0,
      failed: c.failed ?? 0,
      completed: c.completed ?? 0,
    };
  }

  /** p50/p95/max processing time per job name over the queue's most recent completed jobs. */
  async durations(queue: Queue): Promise<JobDurations[]> {
    const jobs = await queue.getJobs(['completed'], 0, SAMPLE - 1, false);
    const byName = new Map<string, number[]>();
    for (const job of jobs) {
      if (!job?.processedOn || !job.finishedOn) continue;
      const list = byName.get(job.name) ?? [];
      list.push(job.finishedOn - job.processedOn);
      byName.set(job.name, list);
    }
    return [...byName.entries()].map(([name, ms]) => {
      ms.sort((a, b) => a - b);
      return {
        queue: queue.name,
        job: name,
        count: ms.length,
        p50Ms: rank(ms, 0.5),
        p95Ms: rank(ms, 0.95),
        maxMs: ms[ms.length - 1],
      };
    });
  }

  /** Runs of one kind now queued and running, and those of the last 24 hours with their durations. */
  private async runFigures(kind: RunKind): Promise<ForecastRunFigures> {
    const [row] = await this.db.query(`
      SELECT count(*) FILTER (WHERE status = 'queued')::int AS queued,
             count(*) FILTER (WHERE status = 'running')::int AS running,
             count(*) FILTER (WHERE status = 'completed' AND finished_at > now() - interval '24 hours')::int AS completed,
             count(*) FILTER (WHERE status = 'failed' AND finished_at > now() - interval '24 hours')::int AS failed,
             percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - started_at) * 1000)
               FILTER (WHERE status = 'completed' AND finished_at > now() - interval '24 hours' AND started_at IS NOT NULL) AS p50,
             percentile_disc(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - started_at) * 1000)
               FILTER (WHERE status = 'completed' AND finished_at > now() - interval '24 hours' AND started_at IS NOT NULL) AS p95
        FROM ${RUN_TABLES[kind]}`);
    const ms = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v)));
    return {
      queued: row.queued,
      running: row.running,
      completedLast24h: row.completed,
      failedLast24h: row.failed,
      durationP50Ms: ms(row.p50),
      durationP95Ms: ms(row.p95),
    };
  }
}

/** Nearest-rank percentile of sorted values. */
function rank(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
