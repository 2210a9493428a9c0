import Redis from 'ioredis';
import { Client } from 'pg';
import { AppConfig, describeAddress } from '../config/app-config';
import { redisOptions } from '../redis/redis-options';

export class DependencyUnavailableError extends Error {}

const HOW_TO_START =
  'start it with `docker compose -f docker/compose.yml up -d postgres redis` (or the local service, see README)';

/**
 * Checks that PostgreSQL and Redis answer before anything else starts, so that a missing service
 * ends the start within seconds with one line naming the variable and the address.
 */
export async function checkDependencies(config: Pick<AppConfig, 'databaseUrl' | 'redisUrl'>): Promise<void> {
  const [pg, redis] = await Promise.all([pingPostgres(config.databaseUrl), pingRedis(config.redisUrl)]);
  if (pg) {
    throw new DependencyUnavailableError(
      `PostgreSQL is not reachable at ${describeAddress(config.databaseUrl)} (DATABASE_URL): ${pg}; ${HOW_TO_START}.`,
    );
  }
  if (redis) {
    throw new DependencyUnavailableError(
      `Redis is not reachable at ${describeAddress(config.redisUrl)} (REDIS_URL): ${redis}; ${HOW_TO_START}.`,
    );
  }
}

async function pingPostgres(databaseUrl: string): Promise<string | null> {
  // Connect to the server's maintenance database: the app database may not exist yet.
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined); // reported through connect()'s rejection
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return reason(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function pingRedis(redisUrl: string): Promise<string | null> {
  const client = new Redis({
    ...redisOptions(redisUrl),
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  // connect() only says "Connection is closed"; the socket error says why (e.g. ECONNREFUSED).
  let socketError: unknown;
  client.on('error', (error) => (socketError ??= error));
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (error) {
    return reason(socketError ?? error);
  } finally {
    client.disconnect();
  }
}

function reason(error: unknown): string {
  const e = error as { code?: string; message?: string; errors?: { code?: string }[] };
  return e.code ?? e.errors?.[0]?.code ?? e.message ?? String(error);
}
