import { createServer, type Server } from 'node:net';
import { testConfig } from '../../test/create-test-app';
import { freePort } from '../../test/free-port';
import { suiteQueuePrefix } from '../../test/queue-prefix';
import { spawnEntry, WorkerProcess } from '../../test/spawn-worker';
import { waitFor } from '../../test/wait-for';

/** Process ids of the API copies that logged they listen, in order. */
const listeningPids = (output: string): number[] =>
  [...output.matchAll(/"pid":(\d+)[^\n]*API listening/g)].map((m) => Number(m[1]));

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the API in several processes (API_PROCESSES)', () => {
  const started: WorkerProcess[] = [];
  const env = (port: number) => ({
    DATABASE_URL: testConfig().databaseUrl,
    QUEUE_PREFIX: suiteQueuePrefix('processes'),
    PORT: String(port),
    API_PROCESSES: '2',
    WEB_DIST: '/nonexistent',
  });

  afterAll(async () => {
    for (const p of started) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await Promise.all(started.map((p) => p.exited));
  });

  it('serves one port from two copies, replaces a copy killed with SIGKILL, and stops them all on SIGTERM', async () => {
    const port = await freePort();
    const api = spawnEntry('main.ts', env(port), (output) => new Set(listeningPids(output)).size >= 2);
    started.push(api);
    await api.ready;
    const [first, second] = listeningPids(api.output());
    expect(first).not.toBe(second);
    expect([first, second]).not.toContain(api.child.pid);

    const health = () =>
      fetch(`http://127.0.0.1:${port}/api/v1/health`).then(
        (r) => r.status,
        () => 0,
      );
    expect(await Promise.all(Array.from({ length: 20 }, health))).toEqual(Array(20).fill(200));

    process.kill(first, 'SIGKILL');
    const replaced = await waitFor(
      async () => listeningPids(api.output()),
      (pids) => pids.length >= 3,
      60_000,
      100,
    );
    const third = replaced[2];
    expect([first, second]).not.toContain(third);
    expect(api.output()).toMatch(new RegExp(`API process ${first} stopped \\(SIGKILL\\); starting another`));
    expect(await Promise.all(Array.from({ length: 20 }, health))).toEqual(Array(20).fill(200));

    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect([second, third].filter(isAlive)).toEqual([]);
  }, 120_000);

  it('stops with exit code 1 when its copies cannot listen, naming why', async () => {
    const port = await freePort();
    const taken: Server = await new Promise((resolve) => {
      const server = createServer().listen(port, '127.0.0.1', () => resolve(server));
    });
    try {
      const api = spawnEntry('main.ts', env(port), () => false);
      started.push(api);
      expect(await api.exited).toBe(1);
      expect(api.output()).toMatch(/EADDRINUSE/);
      expect(api.output()).toMatch(/stopped \(1\) before it listened; stopping/);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 120_000);
});
