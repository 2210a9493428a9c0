import { NestExpressApplication } from '@nestjs/platform-express';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, testConfig } from '../../test/create-test-app';
import { createForecastOrganisation } from '../../test/factories/forecast-organisation';
import { deleteQueueKeys, suiteQueuePrefix } from '../../test/queue-prefix';
import { signIn } from '../../test/sign-in';
import { spawnWorker, WorkerProcess } from '../../test/spawn-worker';
import { waitFor } from '../../test/wait-for';
import { runJobId } from '../jobs/run-job-payloads';
import { QUEUES } from '../jobs/queue-names';
import { redisOptions } from '../redis/redis-options';

const prefix = suiteQueuePrefix('handback');

describe('a worker stopped with SIGTERM in the middle of a long levelling', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let levelling: Queue;
  const workers: WorkerProcess[] = [];
  const env = () => ({ DATABASE_URL: testConfig().databaseUrl, QUEUE_PREFIX: prefix });

  beforeAll(async () => {
    app = await createTestApp({ QUEUE_PREFIX: prefix });
    db = app.get(DataSource);
    levelling = new Queue(QUEUES.levelling, { connection: redisOptions(testConfig().redisUrl), prefix });
  }, 60_000);

  afterAll(async () => {
    for (const w of workers)
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await levelling?.close();
    await app?.close();
    await deleteQueueKeys(prefix);
  });

  it('hands the run back at once, and a fresh worker process completes it with one result', async () => {
    const first = spawnWorker(env());
    workers.push(first);
    await first.ready;

    // Thousands of schedules of a plan of 30 wijken: seconds of levelling, reported as it goes.
    const org = await createForecastOrganisation(db, { wijken: 30 });
    const manager = await signIn(app, org.emails.programme_manager);
    const started = await request(app.getHttpServer())
      .post('/api/v1/levelling-runs')
      .set(manager)
      .send({ seed: 5, schedules: 5000 })
      .expect(202);
    const runId: string = started.body.id;
    const state = async () =>
      (await db.query(`SELECT status, progress, phase FROM levelling_runs WHERE id = $1`, [runId]))[0];

    // Stop the worker once the search is under way and far from done.
    const searching = await waitFor(
      state,
      (r) => r.progress > 10 || (r.status !== 'queued' && r.status !== 'running'),
      120_000,
      50,
    );
    expect(searching).toMatchObject({
      status: 'running',
      phase: expect.stringMatching(/^Plannen: \d+ van 5000 roosters geprobeerd$/),
    });
    expect(searching.progress).toBeLessThan(60);
    first.child.kill('SIGTERM');
    // A graceful exit: Nest closes the application, then raises the signal again, so the process
    // ends by SIGTERM (or 0); the shutdown deadline would have exited with 1.
    expect([0, 'SIGTERM']).toContain(await first.exited);

    // The worker left without finishing the levelling: the run is still running, and its job is
    // back in the queue, not failed and with no attempt used up.
    expect((await state()).status).toBe('running');
    const job = await levelling.getJob(runJobId('levelling', runId));
    expect(['delayed', 'waiting', 'wait']).toContain(await job!.getState());
    expect(job!.attemptsMade).toBe(0);

    const second = spawnWorker(env());
    workers.push(second);
    await second.ready;
    const done = await waitFor(state, (r) => r.status !== 'running' && r.status !== 'queued', 180_000, 200);
    expect(done).toMatchObject({ status: 'completed', progress: 100 });
    const stored = await db.query(
      `SELECT plan IS NOT NULL AS "hasPlan", result->>'schedulesEvaluated' AS evaluated FROM levelling_runs WHERE id = $1`,
      [runId],
    );
    expect(stored).toEqual([{ hasPlan: true, evaluated: expect.any(String) }]);
  }, 300_000);
});
