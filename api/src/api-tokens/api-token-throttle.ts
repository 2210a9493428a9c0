import { HttpException, Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { problem } from '../common/problem';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { REDIS } from '../redis/redis.module';

/** Personal API tokens one user may create per hour. */
export const API_TOKENS_PER_HOUR = 10;
const WINDOW_SECONDS = 60 * 60;

/**
 * Limits how fast one account makes API tokens (a stolen session minting many long-lived credentials),
 * shared by every API instance through Redis like the sign-in throttle: the hour starts at the first token.
 */
@Injectable()
export class ApiTokenThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one creation; 429 with Retry-After when the user already made API_TOKENS_PER_HOUR this hour. */
  async assertAllowed(userId: string): Promise<void> {
    const key = [this.config.queuePrefix, 'api-tokens', 'created', userId].join(':');
    const [count, ttl] = await this.redis
      .multi()
      .incr(key)
      .expire(key, WINDOW_SECONDS, 'NX')
      .ttl(key)
      .exec()
      .then((r) => [Number(r?.[0]?.[1]), Number(r?.[2]?.[1])]);
    if (count > API_TOKENS_PER_HOUR) {
      const retryAfter = Math.max(1, ttl);
      const error = new HttpException(
        problem(429, `U hebt het afgelopen uur al ${API_TOKENS_PER_HOUR} API-tokens gemaakt. Probeer het over ${retryAfter} seconden opnieuw.`),
        429,
      );
      (error as HttpException & { retryAfter?: number }).retryAfter = retryAfter;
      throw error;
    }
  }
}
