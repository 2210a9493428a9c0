import { NestExpressApplication } from '@nestjs/platform-express';
import Redis from 'ioredis';
import request from 'supertest';
import { createTestApp } from '../../test/create-test-app';
import { REDIS } from '../redis/redis.module';

describe('GET /api/v1/health', () => {
  let app: NestExpressApplication;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.close());

  it('answers 200 when the database and Redis both answer, without a sign-in', async () => {
    const res = await request(app.getHttpServer()).get('/api/v1/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', checks: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('answers 503 naming Redis when Redis does not answer', async () => {
    const redis = app.get<Redis>(REDIS);
    await redis.ping(); // connected, so no connect timer is left behind
    redis.disconnect();
    const res = await request(app.getHttpServer()).get('/api/v1/health').expect(503);
    expect(res.body).toMatchObject({ status: 'unavailable', checks: { database: { status: 'up' }, redis: { status: 'down' } } });
  });
});
