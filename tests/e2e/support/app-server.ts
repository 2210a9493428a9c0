import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';

export const ROOT = join(__dirname, '..', '..', '..');
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');
const LAUNCHER = join(ROOT, 'api', 'dist', 'launcher.js');
const WEB_INDEX = join(ROOT, 'web', 'dist', 'browser', 'index.html');
const POSTGRES_SERVER_URL = process.env.E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
const HEALTH_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 15_000;

declare global {
  // Set by global-setup.ts, read by global-teardown.ts (Jest runs both in the same process).
  var wijkkrachtE2eServer: AppServer | undefined;
}

/** One running copy of the built app, with everything the teardown needs to remove it again. */
export interface AppServer {
  baseUrl: string;
  pid: number;
  databaseName: string;
  queuePrefix: string;
  logFile: string;
  process: ChildProcess;
}

/** Starts `node api/dist/launcher.js` as a user would after `npm start`, on a free port and its own database. */
export async function startAppServer(): Promise<AppServer> {
  for (const [file, what] of [
    [LAUNCHER, 'api'],
    [WEB_INDEX, 'web'],
  ] as const) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: build first (npx nx run-many -t build, ${what})`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const suffix = randomBytes(4).toString('hex');
  const port = await freePort();
  const databaseName = `wijkkracht_e2e_${suffix}`;
  const queuePrefix = `e2e_${suffix}`;
  const logFile = join(ARTIFACTS, 'server.log');
  const log = openSync(logFile, 'w');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: `${POSTGRES_SERVER_URL}/${databaseName}`,
    REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
  };
  // Jest sets NODE_ENV=test; the app must run as `npm start` runs it (demo data seeded).
  delete env.NODE_ENV;
  // Its own process group, so the teardown can stop the launcher together with its API and worker children.
  const child = spawn(process.execPath, [LAUNCHER], {
    cwd: ROOT,
    env,
    stdio: ['ignore', log, log],
    detached: true,
  });
  closeSync(log);
  const server: AppServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    databaseName,
    queuePrefix,
    logFile,
    process: child,
  };
  try {
    await waitForHealth(server);
  } catch (error) {
    await stopAppServer(server);
    throw error;
  }
  return server;
}

export async function stopAppServer(server: AppServer): Promise<void> {
  await stopProcessGroup(server);
  await dropDatabase(server.databaseName);
  await removeQueueKeys(server.queuePrefix);
}

async function waitForHealth(server: AppServer): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null || server.process.signalCode !== null) {
      throw new Error(
        `the app stopped before it was healthy (${server.process.exitCode ?? server.process.signalCode})\n${tail(server.logFile)}`,
      );
    }
    try {
      const response = await fetch(`${server.baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(500);
  }
  throw new Error(
    `GET ${server.baseUrl}/api/v1/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s (last: ${last})\n${tail(server.logFile)}`,
  );
}

/** SIGTERM to the whole group (a graceful shutdown), SIGKILL to whatever is left after the grace period. */
async function stopProcessGroup(server: AppServer): Promise<void> {
  if (server.pid <= 0) return;
  if (!signalGroup(server.pid, 'SIGTERM')) return;
  const deadline = Date.now() + STOP_GRACE_MS;
  while (Date.now() < deadline) {
    if (!signalGroup(server.pid, 0)) return;
    await sleep(200);
  }
  signalGroup(server.pid, 'SIGKILL');
}

/** Sends a signal to the process group; false when no process of the group is left. */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

async function dropDatabase(databaseName: string): Promise<void> {
  const client = new Client({ connectionString: `${POSTGRES_SERVER_URL}/postgres` });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function removeQueueKeys(queuePrefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines = 40): string {
  try {
    return `--- last lines of ${file} ---\n${readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')}`;
  } catch {
    return '';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
