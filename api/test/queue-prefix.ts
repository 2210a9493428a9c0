import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { testRunEnvironment } from './test-run';

/**
 * A queue prefix of one suite's own (under this run's prefix), for suites that start workers:
 * their workers then never take jobs of another suite running in parallel.
 */
export function suiteQueuePrefix(name: string): string {
  return `${testRunEnvironment().queuePrefix}_${name}_${randomBytes(2).toString('hex')}`;
}

/** Removes every key of a prefix (the global teardown only knows the run's own prefix). */
export async function deleteQueueKeys(
  prefix: string,
  redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
