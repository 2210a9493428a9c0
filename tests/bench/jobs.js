// Forecast jobs benchmark (issue 5): the same N-simulation forecast of the synthetic large gemeente
// (100 wijken, ~6,000 tasks, 300 staff, weekly horizon to 2050) computed
//   - directly by the engine in a bare process of its own (no queue, no API modules), and
//   - through the queue (BullMQ flow, chunks stored in PostgreSQL, merge) by 1 and by 2 worker
//     processes (real `api/src/worker.ts` processes),
// and prints the times, the speed-up of 2 workers over 1 and the queue's overhead over the engine.
// Workers in service are long-lived, so the bars compare warm processes on both sides: each
// worker set first computes one untimed forecast (printed as the cold figure: the first run after
// a start, while V8 still optimises the engine), and the direct run is timed after a first call too.
// (The engine computes 10–30 % slower in a process that has loaded the API's modules, before that
// process's first full GC; so the bare process is the stricter baseline.)
// As the ceiling of that speed-up it also times the bare simulations split over 1 and 2 engine
// processes (tests/bench/engine-process.js): no queue, no database, no merge.
// Uses its own database and queue prefix and removes both afterwards. Times are printed, never asserted.
//
//   npm run -s bench:jobs -- [--simulations 1000] [--workers 1,2] [--wijken 100] [--seed 2026]
require('../../api/test/register-typescript.js');
const { randomBytes, randomUUID } = require('crypto');
const { performance } = require('perf_hooks');
const os = require('os');

const engine = require('../../libs/planning/src/index.ts');
const { syntheticGemeente } = require('./synthetic-gemeente.js');
const { loadConfig } = require('../../api/src/config/app-config.ts');
const { runMigrations } = require('../../api/src/database/run-migrations.ts');
const { dropDatabase } = require('../../api/src/database/ensure-database.ts');
const { dataSourceOptions } = require('../../api/src/database/data-source-options.ts');
const { ForecastFlow, chunkPlan } = require('../../api/src/forecasts/forecast-flow.ts');
const { canonicalJson } = require('../../api/src/forecasts/forecast-fingerprint.ts');
const { QUEUES } = require('../../api/src/jobs/queue-names.ts');
const { redisOptions } = require('../../api/src/redis/redis-options.ts');
const { spawnWorker } = require('../../api/test/spawn-worker.ts');
const { deleteQueueKeys } = require('../../api/test/queue-prefix.ts');
const { DataSource } = require('typeorm');
const { FlowProducer, Queue } = require('bullmq');
const { fork } = require('child_process');
const path = require('path');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const simulations = Number(arg('simulations', '1000'));
const workerCounts = arg('workers', '1,2').split(',').map(Number);
const wijken = Number(arg('wijken', '100'));
const seed = Number(arg('seed', '2026'));
// This machine may be shared: repeat the whole comparison and report the best of the rounds
// (the least disturbed by other load; the same rule for the engine and the queue).
const rounds = Number(arg('rounds', '1'));
const best = (xs) => Math.min(...xs);

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const id = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/wijkkracht');
  base.pathname = `/wijkkracht_bench_${id}`;
  const prefix = `wkbench_${id}`;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: base.toString(),
    QUEUE_PREFIX: prefix,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
  });
  await runMigrations(config);
  const db = await new DataSource(dataSourceOptions(config)).initialize();
  const connection = redisOptions(config.redisUrl);
  const flowProducer = new FlowProducer({ connection, prefix });
  const runsQueue = new Queue(QUEUES.forecasts, { connection, prefix });
  const flow = new ForecastFlow(flowProducer, runsQueue);
  const workers = [];
  let engineProcess;
  try {
    const programme = syntheticGemeente(engine, { wijken });
    const { chunkSize, chunkCount } = chunkPlan(simulations);
    process.stdout.write(
      `Forecast of the synthetic large gemeente: ${programme.wijken.length} wijken, ${programme.tasks.length} tasks, ` +
        `${programme.staff.length} staff, weeks ${programme.horizon.start} – ${programme.horizon.end}\n` +
        `${simulations} simulations in ${chunkCount} chunks of ≤ ${chunkSize}; ${os.cpus().length} CPUs (${os.cpus()[0].model})\n\n`,
    );

    let organisationId;
    const directs = [];
    const results = {};
    const colds = {};
    const ceilings = {};
    // The engine called directly, in a bare process of its own (no API modules, no queue), warm
    // after its first call: what the queue's overhead is measured against.
    engineProcess = await bareEngineProcess();
    let direct;
    const directRun = async () => {
      direct = await engineProcess.ask({ seed, forecast: simulations });
      return direct.ms;
    };
    colds.direct = await directRun();
    process.stdout.write(`engine directly, first call in a fresh process (cold): ${seconds(colds.direct)}\n`);
    for (let round = 1; round <= rounds; round++) {
      if (rounds > 1) process.stdout.write(`round ${round} of ${rounds}\n`);
      const directMs = await directRun();
      directs.push(directMs);
      process.stdout.write(`engine directly (one bare process, no queue): ${seconds(directMs)}\n`);
      for (const count of workerCounts) {
        const ms = await engineProcesses(count);
        (ceilings[count] ??= []).push(ms);
        process.stdout.write(
          `  simulations alone in ${count} engine process${count === 1 ? ' ' : 'es'} (no queue, no merge): ${seconds(ms)}\n`,
        );
      }

      if (!organisationId)
        [{ id: organisationId }] = await db.query(
          `INSERT INTO organisations (name, cbs_code) VALUES ('Benchmarkgemeente', $1) RETURNING id`,
          [`GM${String(1000 + Math.floor(Math.random() * 8999))}`],
        );
      for (const count of workerCounts) {
        const started = Array.from({ length: count }, () =>
          spawnWorker({
            DATABASE_URL: config.databaseUrl,
            QUEUE_PREFIX: prefix,
            LOG_LEVEL: 'info',
            NODE_ENV: 'test',
          }),
        );
        workers.push(...started);
        await Promise.all(started.map((w) => w.ready));
        const queued = async () => {
          const [{ id: runId }] = await db.query(
            `INSERT INTO forecast_runs (organisation_id, simulations, seed, horizon_end, granularity, chunk_size, chunk_count, fingerprint, input, queue_prefix)
             VALUES ($1, $2, $3, $4, 'month', $5, $6, $7, $8, $9) RETURNING id`,
            [
              organisationId,
              simulations,
              seed,
              programme.horizon.end,
              chunkSize,
              chunkCount,
              randomUUID().replace(/-/g, '').padEnd(64, '0'),
              programme,
              prefix,
            ],
          );
          const t = performance.now();
          await flow.enqueue({ id: runId, simulations, chunkSize, chunkCount });
          let status;
          for (;;) {
            [{ status }] = await db.query(`SELECT status FROM forecast_runs WHERE id = $1`, [runId]);
            if (status !== 'queued' && status !== 'running') break;
            await new Promise((r) => setTimeout(r, 100));
          }
          const ms = performance.now() - t;
          if (status !== 'completed') throw new Error(`run ended ${status}`);
          const [{ result }] = await db.query(`SELECT result FROM forecast_runs WHERE id = $1`, [runId]);
          // jsonb reorders object keys, so compare canonical JSON.
          const same = canonicalJson(result.milestones) === canonicalJson(direct.milestones);
          // Where the time went, read from the queue when asked (only the timed run prints it).
          return { ms, same, phases: () => timeline(prefix, runId, t) };
        };
        const label = `queue, ${count} worker process${count === 1 ? ' ' : 'es'}`;
        const cold = await queued();
        (colds[count] ??= []).push(cold.ms);
        process.stdout.write(`${label}, first run after the start (cold): ${seconds(cold.ms)}\n`);
        const warm = await queued();
        (results[count] ??= []).push(warm.ms);
        process.stdout.write(
          `${label}:                ${seconds(warm.ms)}   (result identical to the direct run: ${cold.same && warm.same ? 'yes' : 'NO'})\n` +
            (await warm.phases()),
        );
        await Promise.all(
          started.map((w) => {
            w.child.kill('SIGTERM');
            return w.exited;
          }),
        );
      }
    }
    process.stdout.write('\n');
    const directMs = best(directs);
    const medians = workerCounts.map(
      (c) => `${c} worker${c === 1 ? '' : 's'} ${seconds(best(results[c]))}`,
    );
    process.stdout.write(
      `warm processes, best of ${rounds} round${rounds === 1 ? '' : 's'}: engine directly ${seconds(directMs)}, ${medians.join(', ')}\n`,
    );
    process.stdout.write(
      `first run after a start (cold): engine directly ${seconds(colds.direct)}, ` +
        workerCounts.map((c) => `${c} worker${c === 1 ? '' : 's'} ${seconds(best(colds[c]))}`).join(', ') +
        '\n',
    );
    if (results[1] !== undefined) {
      const one = best(results[1]);
      process.stdout.write(
        `queue overhead over the engine (1 worker): ${(((one - directMs) / directMs) * 100).toFixed(1)} %\n`,
      );
      for (const count of workerCounts.filter((c) => c > 1)) {
        process.stdout.write(
          `speed-up of ${count} workers over 1:        ${(one / best(results[count])).toFixed(2)}×` +
            ` (this machine's ceiling: the bare engine in ${count} processes is ${(best(ceilings[1]) / best(ceilings[count])).toFixed(2)}× faster than in 1)\n`,
        );
      }
    }
  } finally {
    engineProcess?.kill();
    for (const w of workers)
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await flowProducer.close();
    await runsQueue.close();
    await db.destroy();
    await dropDatabase(config.databaseUrl);
    await deleteQueueKeys(prefix, config.redisUrl);
  }
}

/**
 * The same simulations split over `count` bare engine processes started beforehand (no queue,
 * no database, no merge): how much `count` processes can gain on this machine at all.
 */
async function engineProcesses(count) {
  const children = await Promise.all(Array.from({ length: count }, bareEngineProcess));
  try {
    const share = Math.ceil(simulations / count);
    const t = performance.now();
    await Promise.all(
      children.map((child, k) => child.ask({ seed, from: k * share, to: Math.min(simulations, (k + 1) * share) })),
    );
    return performance.now() - t;
  } finally {
    for (const child of children) child.kill();
  }
}

/** A started tests/bench/engine-process.js: `ask` sends it a message and resolves with its answer. */
async function bareEngineProcess() {
  const child = fork(path.join(__dirname, 'engine-process.js'), ['--wijken', String(wijken), '--granularity', 'month'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () => new Promise((resolve) => child.once('message', resolve));
  await next();
  return {
    ask: (message) => {
      const answer = next();
      child.send(message);
      return answer;
    },
    kill: () => child.kill(),
  };
}

/** Where the time of a run went, from the BullMQ job timestamps. */
async function timeline(prefix, runId, enqueuedAt) {
  const { QUEUES } = require('../../api/src/jobs/queue-names.ts');
  const connection = redisOptions(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const chunkQueue = new Queue(QUEUES.forecastChunks, { connection, prefix });
  const runQueue = new Queue(QUEUES.forecasts, { connection, prefix });
  try {
    const origin = performance.timeOrigin + enqueuedAt;
    const jobs = (await chunkQueue.getJobs(['completed'], 0, -1)).filter((j) => j.data.runId === runId);
    const parent = await runQueue.getJob(`forecast-${runId}`);
    const busy = jobs.reduce((s, j) => s + (j.finishedOn - j.processedOn), 0);
    const compute = jobs.reduce((s, j) => s + (j.returnvalue?.computeMs ?? 0), 0);
    const first = Math.min(...jobs.map((j) => j.processedOn)) - origin;
    const last = Math.max(...jobs.map((j) => j.finishedOn)) - origin;
    const merge = parent ? parent.finishedOn - parent.processedOn : NaN;
    const parts = parent?.returnvalue?.ms;
    const split = parts ? ` (read ${seconds(parts.read)}, merge ${seconds(parts.merge)}, store ${seconds(parts.store)})` : '';
    const pickup = parent ? parent.processedOn - Math.max(...jobs.map((j) => j.finishedOn)) : NaN;
    return (
      `    chunks ${jobs.length}: first starts at ${seconds(first)}, last ends at ${seconds(last)}, ` +
      `busy ${seconds(busy)} in all, of which the engine ${seconds(compute)}; merge picked up after ${seconds(pickup)}, merge + store ${seconds(merge)}${split}\n`
    );
  } finally {
    await chunkQueue.close();
    await runQueue.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench:jobs failed: ${error.stack ?? error}\n`);
    process.exit(1);
  },
);
