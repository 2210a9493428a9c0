import { NestExpressApplication } from '@nestjs/platform-express';
import { ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../../test/free-port';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, testConfig } from '../../test/create-test-app';
import { createForecastOrganisation, ForecastOrganisation } from '../../test/factories/forecast-organisation';
import { suiteQueuePrefix } from '../../test/queue-prefix';
import { signIn } from '../../test/sign-in';
import { spawnWorker, WorkerProcess } from '../../test/spawn-worker';
import { waitFor } from '../../test/wait-for';

/** A Redis of this suite's own, without persistence, so a restart loses every job (the worst case). */
class DisposableRedis {
  private child: ChildProcess | null = null;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'no',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('Ready to accept connections')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
    });
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }
}

describe('Redis restarting mid-run (without its data)', () => {
  let redis: DisposableRedis;
  let app: NestExpressApplication;
  let db: DataSource;
  let worker: WorkerProcess;
  let org: ForecastOrganisation;
  let manager: { Authorization: string };
  const prefix = suiteQueuePrefix('redis');

  beforeAll(async () => {
    redis = new DisposableRedis(await freePort());
    await redis.start();
    app = await createTestApp({ QUEUE_PREFIX: prefix, REDIS_URL: redis.url });
    db = app.get(DataSource);
    worker = spawnWorker({
      DATABASE_URL: testConfig().databaseUrl,
      QUEUE_PREFIX: prefix,
      REDIS_URL: redis.url,
      FORECAST_WATCHDOG_INTERVAL_MS: '1000',
    });
    await worker.ready;
    org = await createForecastOrganisation(db, { wijken: 8 });
    manager = await signIn(app, org.emails.programme_manager);
  }, 90_000);

  afterAll(async () => {
    if (worker && worker.child.exitCode === null && worker.child.signalCode === null) {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    await app?.close();
    await redis?.kill();
  });

  const state = async (id: string) =>
    (
      await db.query(`SELECT status, progress, phase, error, requeues FROM forecast_runs WHERE id = $1`, [id])
    )[0] as {
      status: string;
      progress: number;
      error: string | null;
      requeues: number;
    };

  async function startRunAndRestartRedis(seed: number): Promise<string> {
    const res = await request(app.getHttpServer())
      .post('/api/v1/forecasts')
      .set(manager)
      .send({ simulations: 120, seed })
      .expect(202);
    const mid = await waitFor(
      () => state(res.body.id),
      (s) => s.progress >= 10 || !['queued', 'running'].includes(s.status),
      60_000,
      100,
    );
    expect(mid.status).toBe('running');
    await redis.kill();
    await new Promise((r) => setTimeout(r, 1000));
    await redis.start();
    return res.body.id;
  }

  it('ends the run in completion (queued again once, stored chunks kept) — never stuck in running', async () => {
    const id = await startRunAndRestartRedis(501);
    const end = await waitFor(
      () => state(id),
      (s) => !['queued', 'running'].includes(s.status),
      120_000,
      100,
    );
    expect(end).toMatchObject({ status: 'completed', progress: 100, error: null, requeues: 1 });
  }, 200_000);

  it('ends a run that already lost its jobs once as failed, with the reason', async () => {
    const res = await request(app.getHttpServer())
      .post('/api/v1/forecasts')
      .set(manager)
      .send({ simulations: 120, seed: 502 })
      .expect(202);
    await db.query(`UPDATE forecast_runs SET requeues = 1 WHERE id = $1`, [res.body.id]);
    const mid = await waitFor(
      () => state(res.body.id),
      (s) => s.progress >= 10 || !['queued', 'running'].includes(s.status),
      60_000,
      100,
    );
    expect(mid.status).toBe('running');
    await redis.kill();
    await new Promise((r) => setTimeout(r, 1000));
    await redis.start();
    const end = await waitFor(
      () => state(res.body.id),
      (s) => !['queued', 'running'].includes(s.status),
      120_000,
      100,
    );
    expect(end.status).toBe('failed');
    expect(end.error).toMatch(/uit de wachtrij verdwenen \(Redis is herstart/);
  }, 200_000);

  it('answers 503 to a new forecast while Redis is down, and leaves no run queued', async () => {
    await redis.kill();
    try {
      const res = await request(app.getHttpServer())
        .post('/api/v1/forecasts')
        .set(manager)
        .send({ simulations: 7, seed: 503 });
      expect(res.status).toBe(503);
      const rows = await db.query(
        `SELECT status, error FROM forecast_runs WHERE organisation_id = $1 AND seed = 503`,
        [org.organisationId],
      );
      expect(rows).toEqual([{ status: 'failed', error: expect.stringMatching(/Redis/) }]);
    } finally {
      await redis.start();
    }
  }, 60_000);
});
