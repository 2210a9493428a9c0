import { randomBytes } from 'node:crypto';

/** This test run's own database and queue prefix, shared with the Jest workers through the environment. */
export function testRunEnvironment(): { databaseUrl: string; queuePrefix: string } {
  if (!process.env.WIJKKRACHT_TEST_DATABASE_URL) {
    const id = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const base = new URL(process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    base.pathname = `/wijkkracht_test_${id}`;
    process.env.WIJKKRACHT_TEST_DATABASE_URL = base.toString();
    process.env.WIJKKRACHT_TEST_QUEUE_PREFIX = `wktest_${id}`;
  }
  return {
    databaseUrl: process.env.WIJKKRACHT_TEST_DATABASE_URL,
    queuePrefix: process.env.WIJKKRACHT_TEST_QUEUE_PREFIX!,
  };
}
