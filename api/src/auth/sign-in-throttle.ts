import { HttpException, Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { problem } from '../common/problem';
import { REDIS } from '../redis/redis.module';

const FREE_FAILURES = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;
const FAILURE_MEMORY_SECONDS = 60 * 60;

export interface SignInRefusal {
  reason: 'account_locked' | 'address_limit';
  retryAfterSeconds: number;
}

/**
 * Progressive lock-out against password guessing, shared by every API instance through Redis:
 * after five failures for an account each further failure locks it twice as long (30 s … 15 min),
 * and one address may try at most SIGNIN_LIMIT_PER_MINUTE sign-ins a minute (default 60).
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, address: string): Promise<void> {
    const refusal = await this.check(email, address);
    if (refusal) this.refuse(refusal);
  }

  /** Why a sign-in may not be tried now (the account is locked, or the address tried too often), or null. */
  async check(email: string, address: string): Promise<SignInRefusal | null> {
    const [lockTtl, perAddress] = await this.redis
      .multi()
      .pttl(this.key('lock', email))
      .incr(this.key('addr', address, minute()))
      .exec()
      .then((r) => (r ?? []).map(([, v]) => Number(v)));
    await this.redis.expire(this.key('addr', address, minute()), 120);
    if (lockTtl > 0) return { reason: 'account_locked', retryAfterSeconds: Math.ceil(lockTtl / 1000) };
    if (perAddress > this.config.signInLimitPerMinute) return { reason: 'address_limit', retryAfterSeconds: 60 - new Date().getUTCSeconds() };
    return null;
  }

  /** Counts a failure; answers how long the account is now locked (0 while failures are still free). */
  async failed(email: string): Promise<number> {
    const failures = await this.redis.incr(this.key('fail', email));
    await this.redis.expire(this.key('fail', email), FAILURE_MEMORY_SECONDS);
    if (failures < FREE_FAILURES) return 0;
    const seconds = Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES));
    await this.redis.set(this.key('lock', email), '1', 'EX', seconds);
    return seconds;
  }

  async succeeded(email: string): Promise<void> {
    await this.redis.del(this.key('fail', email), this.key('lock', email));
  }

  /** Throws the 429 problem of a refusal, with Retry-After. */
  refuse({ reason, retryAfterSeconds }: SignInRefusal): never {
    const detail = reason === 'account_locked' ? 'Te veel mislukte pogingen voor dit account.' : 'Te veel aanmeldpogingen vanaf dit adres.';
    const error = new HttpException(problem(429, `${detail} Probeer het over ${retryAfterSeconds} seconden opnieuw.`), 429);
    (error as HttpException & { retryAfter?: number }).retryAfter = retryAfterSeconds;
    throw error;
  }

  private key(...parts: string[]): string {
    return [this.config.queuePrefix, 'signin', ...parts].join(':');
  }
}

const minute = () => String(Math.floor(Date.now() / 60000));
