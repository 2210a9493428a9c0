// Load test of the main list and read endpoints on the large gemeente, beside the bare health endpoint
// in the same run (issue 4): p50/p99 latency and requests per second, and the ratio to health.
// Usage: npm run bench:load   (builds the API first; own database and queue prefix; nothing else touched)
//        READ_CACHE_MB=0 npm run bench:load   the same without the API's read cache: every request renders
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const net = require('node:net');
const { availableParallelism } = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');
require('reflect-metadata');
const { DataSource } = require('typeorm');
const { seedLargeGemeente } = require('./large-gemeente');

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 8);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 3);
// As deployed (docker/compose.yml): one API process per core; API_PROCESSES=1 measures a single one.
const API_PROCESSES = process.env.API_PROCESSES ?? 'auto';

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function main() {
  const id = `${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`;
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/wijkkracht_load_${id}`;
  const { loadConfig } = require('../../api/dist/config/app-config');
  const { runMigrations } = require('../../api/dist/database/run-migrations');
  const { dataSourceOptions } = require('../../api/dist/database/data-source-options');
  const { dropDatabase } = require('../../api/dist/database/ensure-database');
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, API_PROCESSES });
  await runMigrations(config);
  const db = await new DataSource(dataSourceOptions(config)).initialize();
  const seeded = await seedLargeGemeente(db);
  const [{ tasks }] = await db.query('SELECT count(*)::int AS tasks FROM tasks');
  // A database in use is vacuumed and analysed by autovacuum; a freshly bulk-loaded one must be first.
  await db.query('VACUUM ANALYZE');
  await db.destroy();

  const port = await freePort();
  // LOAD_NODE_ARGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, profiles the API under load.
  const nodeArgs = (process.env.LOAD_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const api = spawn(process.execPath, [...nodeArgs, path.join(__dirname, '../../api/dist/main.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), QUEUE_PREFIX: `load_${id}`, SEED_DEMO: 'false', API_PROCESSES, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}/api/v1`;
  try {
    for (let i = 0; i < 300; i++) {
      if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: seeded.email, password: seeded.password }),
    }).then((r) => r.json());
    const auth = { authorization: `Bearer ${login.accessToken}` };
    const wijk = (await fetch(`${base}/wijken?pageSize=1&sort=name`, { headers: auth }).then((r) => r.json())).items[0];
    const task = (await fetch(`${base}/tasks?pageSize=1`, { headers: auth }).then((r) => r.json())).items[0];

    const targets = [
      ['health (bare)', '/health', {}],
      ['list wijken', '/wijken?pageSize=50&sort=plannedStart', auth],
      ['list tasks', '/tasks?pageSize=50', auth],
      ['list tasks of a wijk', `/tasks?wijkId=${wijk.id}&pageSize=200&sort=sequence`, auth],
      ['list staff', '/staff-members?pageSize=50&sort=name', auth],
      ['read task', `/tasks/${task.id}`, auth],
      ['read wijk', `/wijken/${wijk.id}`, auth],
    ];
    if (process.env.LOAD_ONLY) targets.splice(1, targets.length, ...targets.filter(([name]) => name.includes(process.env.LOAD_ONLY)));
    const cache = process.env.READ_CACHE_MB === '0' ? 'read cache off (READ_CACHE_MB=0)' : 'read cache on';
    const processes = `API in ${config.apiProcesses} process${config.apiProcesses === 1 ? '' : 'es'} (API_PROCESSES=${API_PROCESSES}) on ${availableParallelism()} cores`;
    console.log(`large gemeente: ${tasks} tasks, 100 wijken, 300 staff; ${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP_SECONDS} s warm-up; ${cache}; ${processes}`);
    const results = [];
    for (const [name, url, headers] of targets) {
      // Warm-up, not measured: the first requests of an endpoint compile its code paths and fill caches.
      await autocannon({ url: `${base}${url}`, connections: CONNECTIONS, duration: WARMUP_SECONDS, headers });
      const r = await autocannon({ url: `${base}${url}`, connections: CONNECTIONS, duration: SECONDS, headers });
      const non2xx = r.non2xx + r.errors;
      results.push({ name, p50: r.latency.p50, p99: r.latency.p99, rps: Math.round(r.requests.average), non2xx });
    }
    const health = results[0];
    console.log('endpoint                      p50 ms  p99 ms   req/s  ×health  errors');
    for (const r of results) {
      console.log(
        `${r.name.padEnd(28)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.rps).padStart(7)} ${(r.rps / health.rps).toFixed(2).padStart(8)} ${String(r.non2xx).padStart(7)}`,
      );
    }
    const api_ = results.slice(1);
    console.log(
      JSON.stringify({
        tasks,
        connections: CONNECTIONS,
        healthRps: health.rps,
        worstP99Ms: Math.max(...api_.map((r) => r.p99)),
        lowestRpsRatio: Number(Math.min(...api_.map((r) => r.rps / health.rps)).toFixed(2)),
        errors: results.reduce((s, r) => s + r.non2xx, 0),
        endpoints: results,
      }),
    );
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    await dropDatabase(databaseUrl);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
