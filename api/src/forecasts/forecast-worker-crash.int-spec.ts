import { NestExpressApplication } from '@nestjs/platform-express';
import { forecast, prepareForecast } from '@wijkkracht/planning';
import { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, testConfig } from '../../test/create-test-app';
import { createForecastOrganisation } from '../../test/factories/forecast-organisation';
import { deleteQueueKeys, suiteQueuePrefix } from '../../test/queue-prefix';
import { signIn } from '../../test/sign-in';
import { spawnWorker, WorkerProcess } from '../../test/spawn-worker';
import { waitFor } from '../../test/wait-for';
import { QUEUES } from '../jobs/queue-names';
import { redisOptions } from '../redis/redis-options';
import { storedGranularities } from './forecast-parameters';

const prefix = suiteQueuePrefix('crash');

describe('a worker killed with SIGKILL mid-run', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let chunks: Queue;
  const workers: WorkerProcess[] = [];
  const env = () => ({
    DATABASE_URL: testConfig().databaseUrl,
    QUEUE_PREFIX: prefix,
    FORECAST_WATCHDOG_INTERVAL_MS: '1000',
  });

  beforeAll(async () => {
    app = await createTestApp({ QUEUE_PREFIX: prefix });
    db = app.get(DataSource);
    chunks = new Queue(QUEUES.forecastChunks, { connection: redisOptions(testConfig().redisUrl), prefix });
  }, 60_000);

  // Each test's workers end with it: a worker left over would take the next test's run.
  afterEach(async () => {
    for (const w of workers)
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await Promise.all(workers.splice(0).map((w) => w.exited));
  });

  afterAll(async () => {
    await chunks?.close();
    await app?.close();
    await deleteQueueKeys(prefix);
  });

  it('has its chunk picked up by a fresh worker process, and the run completes with exactly one result', async () => {
    const first = spawnWorker(env());
    workers.push(first);
    await first.ready;

    const org = await createForecastOrganisation(db, { wijken: 8 });
    const manager = await signIn(app, org.emails.programme_manager);
    const simulations = 160;
    const started = await request(app.getHttpServer())
      .post('/api/v1/forecasts')
      .set(manager)
      .send({ simulations, seed: 31337 })
      .expect(202);
    const runId: string = started.body.id;
    const progress = async () =>
      (await db.query(`SELECT status, progress FROM forecast_runs WHERE id = $1`, [runId]))[0];

    // Kill while the worker is in the middle of a chunk: simulations started, far from done.
    const mid = await waitFor(
      progress,
      (r) => r.progress >= 10 || (r.status !== 'running' && r.status !== 'queued'),
      60_000,
      100,
    );
    expect(mid).toMatchObject({ status: 'running' });
    const active = await chunks.getActive();
    expect(active.length).toBeGreaterThan(0);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    const killedAt = (await progress()).progress;
    expect(killedAt).toBeLessThan(90);

    const second = spawnWorker(env());
    workers.push(second);
    await second.ready;
    const end = await waitFor(progress, (r) => r.status !== 'running' && r.status !== 'queued', 120_000, 100);
    expect(end).toEqual({ status: 'completed', progress: 100 });

    // The chunk the killed worker held was taken over (stalled-job recovery) and completed.
    for (const job of active) expect(await chunks.getJobState(job.id!)).toBe('completed');
    // One result: one series row per stored granularity and discipline, equal to one engine run.
    const [{ input }] = await db.query(`SELECT input FROM forecast_runs WHERE id = $1`, [runId]);
    const direct = forecast(
      prepareForecast({ programme: input, options: { granularities: storedGranularities('month') } }),
      31337,
      simulations,
    );
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM forecast_series WHERE run_id = $1`, [
      runId,
    ]);
    expect(n).toBe(direct.disciplines.length * 3);
    const rows: { demand_p80: number[] }[] = await db.query(
      `SELECT demand_p80 FROM forecast_series WHERE run_id = $1 AND granularity = 'month' ORDER BY discipline_index`,
      [runId],
    );
    expect(rows.map((r) => r.demand_p80)).toEqual(direct.demand.month!.p80);
    const run = (
      await request(app.getHttpServer()).get(`/api/v1/forecasts/${runId}`).set(manager).expect(200)
    ).body;
    expect(run.result.milestones).toEqual(direct.milestones);
  }, 240_000);

  it('finishes its running chunk on SIGTERM before it exits (graceful shutdown)', async () => {
    const worker = spawnWorker(env());
    workers.push(worker);
    await worker.ready;
    const org = await createForecastOrganisation(db, { wijken: 8 });
    const manager = await signIn(app, org.emails.programme_manager);
    const started = await request(app.getHttpServer())
      .post('/api/v1/forecasts')
      .set(manager)
      .send({ simulations: 160, seed: 4711 })
      .expect(202);
    const runId: string = started.body.id;
    await waitFor(
      async () => (await db.query(`SELECT progress FROM forecast_runs WHERE id = $1`, [runId]))[0],
      (r) => r.progress >= 5,
      60_000,
      100,
    );
    const active = await chunks.getActive();
    expect(active.length).toBeGreaterThan(0);
    worker.child.kill('SIGTERM');
    // Nest re-raises the signal after closing, so the process ends by SIGTERM (or 0).
    expect([0, 'SIGTERM']).toContain(await worker.exited);
    // The chunk it held was finished and handed in, not left to stall.
    for (const job of active) expect(await chunks.getJobState(job.id!)).toBe('completed');
    await request(app.getHttpServer()).post(`/api/v1/forecasts/${runId}/cancel`).set(manager).expect(200);
  }, 120_000);
});
