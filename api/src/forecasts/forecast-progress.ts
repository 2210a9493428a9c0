import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { simulatingPhase } from '@wijkkracht/contracts';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { REDIS } from '../redis/redis.module';
import { ForecastStore, RunState } from './forecast-store';

/** Share of the progress bar for simulating; the rest is queueing, merging and storing. */
const SIMULATION_FROM = 2;
const SIMULATION_SPAN = 88;

/**
 * Progress of a run whose chunks run on many workers: each chunk sets its own count in a Redis
 * hash (set, not add, so a retried chunk restarts its count instead of counting twice) and the
 * run's progress is the sum. Without Redis the stored chunks in PostgreSQL still tell.
 */
@Injectable()
export class ForecastProgress {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: ForecastStore,
  ) {}

  /** Reports `done` simulations of a chunk; false when the run is no longer active (cancelled, failed). */
  async report(run: RunState, chunkIndex: number, done: number): Promise<boolean> {
    let total: number;
    try {
      const key = `${this.config.queuePrefix}:forecast-progress:${run.id}`;
      const [, , values] =
        (await this.redis
          .multi()
          .hset(key, String(chunkIndex), String(done))
          .expire(key, 86400)
          .hvals(key)
          .exec()) ?? [];
      total = ((values?.[1] as string[] | undefined) ?? []).reduce((sum, v) => sum + Number(v), 0);
    } catch {
      total = await this.store.storedSimulations(run.id);
    }
    total = Math.min(total, run.simulations);
    return this.store.progress(
      run.id,
      SIMULATION_FROM + (SIMULATION_SPAN * total) / run.simulations,
      simulatingPhase(total, run.simulations),
    );
  }
}
