import Redis from 'ioredis';
import { dropDatabase } from '../src/database/ensure-database';
import { testRunEnvironment } from './test-run';

export default async function globalTeardown(): Promise<void> {
  const { databaseUrl, queuePrefix } = testRunEnvironment();
  await dropDatabase(databaseUrl);
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
