import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ForecastFlow } from '../forecasts/forecast-flow';
import { ForecastStore } from '../forecasts/forecast-store';
import { MAX_REQUEUES, watchdogIntervalMs } from './forecast-job-settings';
import { upsertNightlySchedule } from './forecast-run.processor';
import { QUEUES } from './queue-names';

/** Runs younger than this may not have their jobs in Redis yet (the API inserts, then enqueues). */
const GRACE_MS = 5_000;
const WATCHDOG_LOCK = 7335005;

/**
 * Makes sure no run stays `queued` or `running` when its jobs are gone: after Redis restarted
 * without its data (or was flushed) the run is queued again once — stored chunks are kept — and
 * failed with the reason the next time; a parent job that failed in Redis fails its run.
 */
@Injectable()
export class ForecastWatchdog implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ForecastWatchdog.name);
  private timer: NodeJS.Timeout | null = null;
  private busy = false;

  constructor(
    private readonly store: ForecastStore,
    private readonly flow: ForecastFlow,
    @InjectQueue(QUEUES.forecasts) private readonly queue: Queue,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), watchdogIntervalMs());
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      // One watchdog at a time across all workers; the others skip this round.
      await this.db.transaction(async (m) => {
        const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [WATCHDOG_LOCK]);
        if (locked) await this.check();
      });
    } catch (error) {
      // Redis or PostgreSQL unreachable: look again next round.
      this.logger.warn({ err: error }, 'forecast watchdog round skipped');
    } finally {
      this.busy = false;
    }
  }

  private async check(): Promise<void> {
    const runs = await this.store.activeRuns(this.config.queuePrefix, GRACE_MS);
    if (!runs.length) return;
    let lostAny = false;
    for (const run of runs) {
      const parent = await this.flow.parentState(run.id);
      if (!parent) {
        lostAny = true;
        if (run.requeues < MAX_REQUEUES) {
          this.logger.warn({ runId: run.id }, 'forecast jobs vanished from Redis; queueing the run again');
          await this.store.markRequeued(run.id);
          await this.flow.enqueue({
            id: run.id,
            simulations: run.simulations,
            chunkSize: run.chunkSize,
            chunkCount: run.chunkCount,
          });
        } else {
          await this.store.fail(
            run.id,
            'De taken van deze prognose zijn uit de wachtrij verdwenen (Redis is herstart zonder opslag of gewist). Start de prognose opnieuw.',
          );
        }
      } else if (parent.state === 'failed') {
        await this.store.fail(run.id, parent.failedReason || 'De prognose is mislukt in de wachtrij.');
      } else if (parent.state === 'completed') {
        await this.store.fail(run.id, 'De prognose is afgerond zonder resultaat op te slaan.');
      }
    }
    // Redis lost its data, so also the nightly schedule: put it back.
    if (lostAny) await upsertNightlySchedule(this.queue);
  }
}
