import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../../test/create-test-app';
import { signIn } from '../../test/sign-in';

describe('GET /metrics', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('gives admins queue depth, job durations and forecast run figures', async () => {
    const admin = await signIn(app, 'beheer@demodam.example');
    const res = await request(app.getHttpServer()).get('/api/v1/metrics').set(admin).expect(200);
    expect(res.body.queues.map((q: { queue: string }) => q.queue)).toEqual(expect.arrayContaining(['forecasts', 'forecast-chunks', 'maintenance']));
    expect(res.body.queues[0]).toMatchObject({ waiting: expect.any(Number), active: expect.any(Number), delayed: expect.any(Number) });
    expect(res.body.forecastRuns).toMatchObject({ queued: expect.any(Number), running: expect.any(Number) });
    expect(res.body.queues.map((q: { queue: string }) => q.queue)).toEqual(expect.arrayContaining(['levelling', 'advice']));
    for (const kind of ['levellingRuns', 'adviceRuns'])
      expect(res.body[kind]).toMatchObject({ queued: expect.any(Number), completedLast24h: expect.any(Number) });
    expect(Array.isArray(res.body.durations)).toBe(true);
    expect(res.body.readCache).toEqual({ entries: expect.any(Number), bytes: expect.any(Number), hits: expect.any(Number), misses: expect.any(Number) });
  });

  it('is for admins only', async () => {
    await request(app.getHttpServer()).get('/api/v1/metrics').set(await signIn(app, 'manager@demodam.example')).expect(403);
    await request(app.getHttpServer()).get('/api/v1/metrics').expect(401);
  });
});
