import { INestApplicationContext } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/create-test-app';
import { createTestWorker } from '../../test/create-test-worker';
import { createForecastOrganisation, ForecastOrganisation } from '../../test/factories/forecast-organisation';
import { deleteQueueKeys, suiteQueuePrefix } from '../../test/queue-prefix';
import { signIn } from '../../test/sign-in';
import { waitFor } from '../../test/wait-for';

const prefix = suiteQueuePrefix('queues');

type Overview = { queue: string; waiting: number; workers: number; failedJobs: { id: string; runId: string; failedReason: string; retryable: boolean }[] };

describe('the queue dashboard', () => {
  let app: NestExpressApplication;
  let worker: INestApplicationContext | undefined;
  let db: DataSource;
  let org: ForecastOrganisation;
  let other: ForecastOrganisation;
  let admin: { Authorization: string };
  const http = () => request(app.getHttpServer());
  const levelling = async (who = admin): Promise<Overview> =>
    (await http().get('/api/v1/queues').set(who).expect(200)).body.queues.find((q: Overview) => q.queue === 'levelling');

  beforeAll(async () => {
    // No worker yet: what is queued stays queued.
    app = await createTestApp({ QUEUE_PREFIX: prefix });
    db = app.get(DataSource);
    org = await createForecastOrganisation(db, { wijken: 1 });
    other = await createForecastOrganisation(db, { wijken: 1 });
    admin = await signIn(app, org.emails.admin);
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await deleteQueueKeys(prefix);
  });

  it('is for admins only', async () => {
    for (const role of ['programme_manager', 'team_lead', 'staff', 'viewer'] as const) {
      const who = await signIn(app, org.emails[role]);
      await http().get('/api/v1/queues').set(who).expect(403);
      await http().post('/api/v1/queues/levelling/jobs/x/retry').set(who).expect(403);
    }
    await http().get('/api/v1/queues').expect(401);
  });

  it('shows every queue with its counts, workers and durations, and counts a queued job', async () => {
    const res = await http().get('/api/v1/queues').set(admin).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.queues.map((q: Overview) => q.queue)).toEqual(
      expect.arrayContaining(['forecasts', 'forecast-chunks', 'reports', 'levelling', 'advice', 'maintenance']),
    );
    for (const q of res.body.queues)
      expect(q).toMatchObject({
        waiting: expect.any(Number),
        active: expect.any(Number),
        delayed: expect.any(Number),
        completed: expect.any(Number),
        failed: expect.any(Number),
        workers: 0,
        paused: false,
        durations: expect.any(Array),
        failedJobs: expect.any(Array),
      });
    const before = await levelling();
    const manager = await signIn(app, org.emails.programme_manager);
    await http().post('/api/v1/levelling-runs').set(manager).send({ seed: 1, schedules: 3 }).expect(202);
    expect((await levelling()).waiting).toBe(before.waiting + 1);
  });

  it('lists a failed job of the organisation with its reason, retries it, and hides it from other organisations', async () => {
    const manager = await signIn(app, org.emails.programme_manager);
    const started = await http().post('/api/v1/levelling-runs').set(manager).send({ seed: 2, schedules: 3 }).expect(202);
    // A plan the engine refuses (a task of negative duration, written past the API) fails the job at once.
    const [{ input }] = await db.query(`SELECT input FROM levelling_runs WHERE id = $1`, [started.body.id]);
    const broken = { ...input, tasks: input.tasks.map((t: object, i: number) => (i === 0 ? { ...t, minDurationWeeks: -1 } : t)) };
    await db.query(`UPDATE levelling_runs SET input = $2 WHERE id = $1`, [started.body.id, JSON.stringify(broken)]);
    worker = await createTestWorker({ QUEUE_PREFIX: prefix });

    const overview = await waitFor(levelling, (q) => q.failedJobs.some((j) => j.runId === started.body.id));
    expect(overview.workers).toBeGreaterThan(0);
    const failed = overview.failedJobs.find((j) => j.runId === started.body.id)!;
    expect(failed).toMatchObject({ id: `levelling-run-${started.body.id}`, retryable: true, failedReason: expect.stringMatching(/minDurationWeeks/) });
    const run = (await http().get(`/api/v1/levelling-runs/${started.body.id}`).set(manager).expect(200)).body;
    expect(run).toMatchObject({ status: 'failed', error: expect.stringMatching(/minDurationWeeks/) });

    // Another organisation's admin neither sees nor retries it.
    const theirs = await signIn(app, other.emails.admin);
    expect((await levelling(theirs)).failedJobs.map((j) => j.id)).not.toContain(failed.id);
    await http().post(`/api/v1/queues/levelling/jobs/${failed.id}/retry`).set(theirs).expect(404);
    await http().post(`/api/v1/queues/no-such-queue/jobs/${failed.id}/retry`).set(admin).expect(404);
    const bad = await http().post(`/api/v1/queues/levelling/jobs/${'x'.repeat(201)}/retry`).set(admin).expect(400);
    expect(bad.body.invalidParams).toEqual([{ name: 'jobId', reason: expect.any(String) }]);

    // Repaired, retried: the run is queued again and completes.
    await db.query(`UPDATE levelling_runs SET input = $2 WHERE id = $1`, [started.body.id, JSON.stringify(input)]);
    const retried = await http().post(`/api/v1/queues/levelling/jobs/${failed.id}/retry`).set(admin).expect(200);
    expect(retried.body).toMatchObject({ id: failed.id, runId: started.body.id });
    const done = await waitFor(
      async () => (await http().get(`/api/v1/levelling-runs/${started.body.id}`).set(manager).expect(200)).body,
      (r) => r.status === 'completed' || r.status === 'failed',
    );
    expect(done.status).toBe('completed');
    expect(done.error).toBeUndefined();
    await http().post(`/api/v1/queues/levelling/jobs/${failed.id}/retry`).set(admin).expect(409);
    expect((await levelling()).failedJobs.map((j) => j.id)).not.toContain(failed.id);
  }, 90_000);
});
