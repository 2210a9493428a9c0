import { Test } from '@nestjs/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../src/bootstrap/app.module';
import { configureApp } from '../src/bootstrap/configure-app';
import { AppConfig, loadConfig } from '../src/config/app-config';
import { testRunEnvironment } from './test-run';

export function testConfig(overrides: NodeJS.ProcessEnv = {}): AppConfig {
  const { databaseUrl, queuePrefix } = testRunEnvironment();
  return loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WEB_DIST: '/nonexistent',
    // The whole suite signs in from one address; the per-address limit has its own test.
    SIGNIN_LIMIT_PER_MINUTE: '1000000',
    ...overrides,
  });
}

/** The real API (real PostgreSQL and Redis of this test run), configured exactly as main.ts does. */
export async function createTestApp(overrides: NodeJS.ProcessEnv = {}): Promise<NestExpressApplication> {
  const config = testConfig(overrides);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
  configureApp(app, config);
  await app.init();
  return app;
}
