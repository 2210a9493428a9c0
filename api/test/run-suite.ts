import { INestApplicationContext } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from './create-test-app';
import { createTestWorker } from './create-test-worker';
import { createForecastOrganisation, ForecastOrganisation } from './factories/forecast-organisation';
import { deleteQueueKeys, suiteQueuePrefix } from './queue-prefix';
import { signIn } from './sign-in';
import { waitFor } from './wait-for';

export interface RunSuiteOptions {
  /** The name in the suite's own queue prefix (see suiteQueuePrefix). */
  name: string;
  /** The runs' path under /api/v1, e.g. `advice-runs`. */
  path: string;
  /** How the organisation is made (createForecastOrganisation's options). */
  organisation?: Parameters<typeof createForecastOrganisation>[1];
  /** The default longest wait of `waitFor` (60 s unless told). */
  timeoutMs?: number;
  /** How often `waitFor` reads (every 200 ms unless told). */
  pollMs?: number;
}

export interface RunSuite {
  readonly app: NestExpressApplication;
  readonly db: DataSource;
  readonly org: ForecastOrganisation;
  readonly manager: { Authorization: string };
  readonly viewer: { Authorization: string };
  http(): ReturnType<typeof request>;
  /** `GET /api/v1/{path}/{id}` as the viewer (200 expected): the run's body. */
  getRun(id: string): Promise<request.Response['body']>;
  waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Waits until the run has ended: completed, failed or cancelled. */
  finished(id: string): Promise<request.Response['body']>;
  /** `GET /api/v1/{path}/{id}/events` as the viewer (200 expected), read until the stream closes: the data of each event. */
  readEvents(id: string): Promise<{ res: request.Response; events: request.Response['body'][] }>;
}

/**
 * The setup of a suite of background runs, inside its `describe`: in beforeAll the app and a worker
 * on a queue prefix of the suite's own, an organisation to plan, and its programme manager and
 * viewer signed in; in afterAll both closed and the prefix's keys deleted.
 */
export function runSuite(o: RunSuiteOptions): RunSuite {
  const prefix = suiteQueuePrefix(o.name);
  let app: NestExpressApplication;
  let worker: INestApplicationContext;
  let db: DataSource;
  let org: ForecastOrganisation;
  let manager: { Authorization: string };
  let viewer: { Authorization: string };

  beforeAll(async () => {
    app = await createTestApp({ QUEUE_PREFIX: prefix });
    worker = await createTestWorker({ QUEUE_PREFIX: prefix });
    db = app.get(DataSource);
    org = await createForecastOrganisation(db, o.organisation);
    manager = await signIn(app, org.emails.programme_manager);
    viewer = await signIn(app, org.emails.viewer);
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await deleteQueueKeys(prefix);
  });

  const http = () => request(app.getHttpServer());
  const getRun = async (id: string) =>
    (await http().get(`/api/v1/${o.path}/${id}`).set(viewer).expect(200)).body;
  const wait = <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = o.timeoutMs ?? 60_000) =>
    waitFor(read, done, timeoutMs, o.pollMs ?? 200);
  return {
    get app() {
      return app;
    },
    get db() {
      return db;
    },
    get org() {
      return org;
    },
    get manager() {
      return manager;
    },
    get viewer() {
      return viewer;
    },
    http,
    getRun,
    waitFor: wait,
    finished: (id) =>
      wait(
        () => getRun(id),
        (r) => ['completed', 'failed', 'cancelled'].includes(r.status),
      ),
    async readEvents(id) {
      const res = await http()
        .get(`/api/v1/${o.path}/${id}/events`)
        .set(viewer)
        .buffer(true)
        .parse((response, callback) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => callback(null, text));
        })
        .expect(200);
      const events = (res.body as string)
        .split('\n')
        .filter((l) => l.startsWith('data: '))
        .map((l) => JSON.parse(l.slice(6)));
      return { res, events };
    },
  };
}
