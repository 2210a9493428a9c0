import { checkDependencies, DependencyUnavailableError } from './check-dependencies';

// Ports on this machine where nothing listens: a stopped service, as the start-up check sees it.
const CLOSED_REDIS = 'redis://127.0.0.1:6390';
const CLOSED_POSTGRES = 'postgres://postgres@127.0.0.1:5439/wijkkracht';
const LIVE = { databaseUrl: process.env.WIJKKRACHT_TEST_DATABASE_URL!, redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };

describe('checkDependencies (the clear start-up failure)', () => {
  it('passes when PostgreSQL and Redis answer', async () => {
    await expect(checkDependencies(LIVE)).resolves.toBeUndefined();
  });

  it('names REDIS_URL, the address tried and how to start Redis when Redis is down', async () => {
    const error = await checkDependencies({ ...LIVE, redisUrl: CLOSED_REDIS }).catch((e) => e);
    expect(error).toBeInstanceOf(DependencyUnavailableError);
    expect(error.message).toMatch(/^Redis is not reachable at 127\.0\.0\.1:6390 \(REDIS_URL\): ECONNREFUSED; start it with/);
    expect(error.message).toContain('docker compose -f docker/compose.yml up -d postgres redis');
    expect(error.message).not.toContain('\n');
  });

  it('names DATABASE_URL and the address tried when PostgreSQL is down', async () => {
    const error = await checkDependencies({ ...LIVE, databaseUrl: CLOSED_POSTGRES }).catch((e) => e);
    expect(error).toBeInstanceOf(DependencyUnavailableError);
    expect(error.message).toMatch(/^PostgreSQL is not reachable at 127\.0\.0\.1:5439\/wijkkracht \(DATABASE_URL\): ECONNREFUSED/);
  });
});
