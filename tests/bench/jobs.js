// Forecast jobs benchmark (issue 5): the same N-simulation forecast of the synthetic large gemeente
// (100 wijken, ~6,000 tasks, 300 staff, weekly horizon to 2050) computed
//   - directly by the engine in a bare process of its own (no queue, no API modules), and
//   - through the queue (BullMQ flow, chunks stored in PostgreSQL, merge) by 1 and by 2 worker
//     processes (real `api/src/worker.ts` processes),
// and prints the times, the speed-up of 2 workers over 1 and the queue's overhead over the engine,
// and the phases of the queued runs (input ready, chunks, merge) with the speed-up of the chunks alone.
//
// Every contender is started once and kept warm (workers in service are long-lived: each first
// computes one untimed forecast, printed as the cold figure), each worker set on a queue prefix of
// its own. Then each round times every contender once, in an order that rotates from round to
// round, and the figures are the medians of the per-round ratios: a machine whose speed drifts
// (shared hardware) slows both sides of a ratio alike. A queued run ends when the workers publish
// its completion, which is what the web app's progress stream shows.
//
// As the ceiling of that speed-up it also times the bare simulations split over 1 and 2 engine
// processes (tests/bench/engine-process.js): no queue, no database, no merge. On Linux it also
// counts the CPU each run used (from /proc): the engine directly, and for a queued run the
// workers' main threads, their other threads (garbage collection, compiling), PostgreSQL and
// Redis, beside the CPU the machine's cores offer in the run's time.
// Uses its own database and queue prefixes and removes them afterwards. Times are printed, never asserted.
//
//   npm run -s bench:jobs -- [--simulations 1000] [--workers 1,2] [--wijken 100] [--seed 2026] [--rounds 5] [--granularity month|week] [--chunks]
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
const { WORKER_NODE_FLAGS } = require('../../api/src/bootstrap/worker-node-flags.ts');
const { deleteQueueKeys } = require('../../api/test/queue-prefix.ts');
const { DataSource } = require('typeorm');
const { FlowProducer, Queue } = require('bullmq');
const Redis = require('ioredis');
const { fork } = require('child_process');
const fs = require('fs');
const path = require('path');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const simulations = Number(arg('simulations', '1000'));
const workerCounts = arg('workers', '1,2').split(',').map(Number);
const wijken = Number(arg('wijken', '100'));
const seed = Number(arg('seed', '2026'));
const rounds = Number(arg('rounds', '5'));
// The finest figures asked for: by month (the default) the workers keep monthly samples, by week weekly ones.
const granularity = arg('granularity', 'month');
// Also list each chunk of the last round's runs: when it ran, when it was ready to compute and how long the engine took.
const listChunks = process.argv.includes('--chunks');

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : word.endsWith('s') ? 'es' : 's'}`;

async function main() {
  const id = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/wijkkracht');
  base.pathname = `/wijkkracht_bench_${id}`;
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: base.toString(),
    QUEUE_PREFIX: `wkbench_${id}`,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
  });
  await runMigrations(config);
  const db = await new DataSource(dataSourceOptions(config)).initialize();
  const connection = redisOptions(config.redisUrl);
  // A run ends when its workers publish its last state; the database is asked too, once a
  // second, in case a message is lost.
  const events = new Redis(config.redisUrl);
  const waiting = new Map();
  events.on('message', (_channel, message) => {
    const event = JSON.parse(message);
    if (event.status !== 'queued' && event.status !== 'running') waiting.get(event.id)?.(event.status);
  });
  const runEnded = (runId) =>
    new Promise((resolve) => {
      const poll = setInterval(async () => {
        const [{ status }] = await db.query(`SELECT status FROM forecast_runs WHERE id = $1`, [runId]);
        if (status !== 'queued' && status !== 'running') done(status);
      }, 1000);
      const done = (status) => {
        waiting.delete(runId);
        clearInterval(poll);
        resolve(status);
      };
      waiting.set(runId, done);
    });
  const sets = [];
  const engines = [];
  try {
    const programme = syntheticGemeente(engine, { wijken });
    const { chunkSize, chunkCount } = chunkPlan(simulations);
    process.stdout.write(
      `Forecast of the synthetic large gemeente: ${programme.wijken.length} wijken, ${programme.tasks.length} tasks, ` +
        `${programme.staff.length} staff, weeks ${programme.horizon.start} – ${programme.horizon.end}\n` +
        `${simulations} simulations in ${chunkCount} chunks of ≤ ${chunkSize}; ${os.cpus().length} CPUs (${os.cpus()[0].model}); ` +
        `${rounds} rounds\n\n`,
    );
    const [{ id: organisationId }] = await db.query(
      `INSERT INTO organisations (name, cbs_code) VALUES ('Benchmarkgemeente', $1) RETURNING id`,
      [`GM${String(1000 + Math.floor(Math.random() * 8999))}`],
    );

    // The engine called directly, in a bare process of its own (no API modules, no queue): what
    // the queue's overhead is measured against. Its first call is the cold figure.
    const direct = await bareEngineProcess();
    engines.push(direct);
    let milestones;
    const directCpu = [];
    const directRun = async () => {
      const before = processCpu(direct.pid);
      const answer = await direct.ask({ seed, forecast: simulations });
      const after = processCpu(direct.pid);
      if (before && after) directCpu.push(after.total - before.total);
      milestones = canonicalJson(answer.milestones);
      return answer.ms;
    };
    const cold = { direct: await directRun() };

    // The ceiling: bare simulations split over 1 and over `count` engine processes.
    const ceilingSets = {};
    for (const count of workerCounts) {
      ceilingSets[count] = count === 1 ? [direct] : await Promise.all(Array.from({ length: count }, bareEngineProcess));
      if (count > 1) engines.push(...ceilingSets[count]);
    }
    const ceilingRun = (count) => async () => {
      const share = Math.ceil(simulations / count);
      const t = performance.now();
      await Promise.all(
        ceilingSets[count].map((child, k) =>
          child.ask({ seed, from: k * share, to: Math.min(simulations, (k + 1) * share) }),
        ),
      );
      return performance.now() - t;
    };
    for (const count of workerCounts) await ceilingRun(count)();

    // Each worker set on a queue prefix of its own, so only its workers take its jobs.
    for (const count of workerCounts) {
      const prefix = `${config.queuePrefix}_${count}w`;
      const flowProducer = new FlowProducer({ connection, prefix });
      const runsQueue = new Queue(QUEUES.forecasts, { connection, prefix });
      const workers = Array.from({ length: count }, () =>
        spawnWorker({ DATABASE_URL: config.databaseUrl, QUEUE_PREFIX: prefix, LOG_LEVEL: 'info', NODE_ENV: 'test' }),
      );
      const set = { count, prefix, flowProducer, runsQueue, flow: new ForecastFlow(flowProducer, runsQueue), workers, phases: [], cpu: [] };
      sets.push(set);
      await events.subscribe(`${prefix}:run-events`);
      await Promise.all(workers.map((w) => w.ready));
    }
    const queuedRun = (set) => async () => {
      const [{ id: runId }] = await db.query(
        `INSERT INTO forecast_runs (organisation_id, simulations, seed, horizon_end, granularity, chunk_size, chunk_count, fingerprint, input, queue_prefix)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          organisationId,
          simulations,
          seed,
          programme.horizon.end,
          granularity,
          chunkSize,
          chunkCount,
          randomUUID().replace(/-/g, '').padEnd(64, '0'),
          programme,
          set.prefix,
        ],
      );
      const ended = runEnded(runId);
      const cpuBefore = queueCpu(set);
      const t = performance.now();
      await set.flow.enqueue({ id: runId, simulations, chunkSize, chunkCount });
      const status = await ended;
      const ms = performance.now() - t;
      const cpuAfter = queueCpu(set);
      if (cpuBefore && cpuAfter) set.cpu.push({ ...cpuUsed(cpuBefore, cpuAfter), wall: ms / 1000 });
      if (status !== 'completed') throw new Error(`run ended ${status}`);
      const [{ result }] = await db.query(`SELECT result FROM forecast_runs WHERE id = $1`, [runId]);
      // jsonb reorders object keys, so compare canonical JSON.
      if (canonicalJson(result.milestones) !== milestones)
        throw new Error(`the queue's result (${plural(set.count, 'worker process')}) differs from the direct run`);
      set.last = { runId, enqueuedAt: t };
      set.phases.push(await runPhases(set, connection));
      return ms;
    };
    for (const set of sets) {
      cold[set.count] = await queuedRun(set)();
      set.phases = [];
    }
    process.stdout.write(
      `first run after a start (cold): engine directly ${seconds(cold.direct)}, ` +
        sets.map((set) => `${plural(set.count, 'worker process')} ${seconds(cold[set.count])}`).join(', ') +
        '\n\n',
    );

    const contenders = [
      { key: 'direct', label: 'engine directly', run: directRun },
      ...sets.map((set) => ({ key: `q${set.count}`, label: plural(set.count, 'worker process'), run: queuedRun(set) })),
      ...workerCounts.map((count) => ({ key: `c${count}`, label: `bare ${plural(count, 'engine process')}`, run: ceilingRun(count) })),
    ];
    const times = Object.fromEntries(contenders.map((c) => [c.key, []]));
    for (let round = 0; round < rounds; round++) {
      const order = contenders.map((_, k) => contenders[(k + round) % contenders.length]);
      for (const c of order) times[c.key].push(await c.run());
      process.stdout.write(
        `round ${round + 1}: ` + contenders.map((c) => `${c.label} ${seconds(times[c.key][round])}`).join(', ') + '\n',
      );
    }
    process.stdout.write('\nPhases of the queued runs, medians of the rounds (from the jobs\' timestamps):\n');
    for (const set of sets) {
      const m = (key) => seconds(median(set.phases.map((p) => p[key])));
      const ms = (key) => `${Math.round(median(set.phases.map((p) => p[key])))} ms`;
      process.stdout.write(
        `  ${plural(set.count, 'worker process')}: input ready after ${ms('ready')}, chunks ${m('chunks')} ` +
          `(engine ${m('engine')} a worker; the first worker done waits ${ms('wait')} for the last), merge + store ${ms('merge')}\n`,
      );
    }
    const one = sets.find((set) => set.count === 1);
    if (directCpu.length && sets.every((set) => set.cpu.length)) {
      const cores = os.cpus().length;
      const sec = (x) => `${x.toFixed(2)} s`;
      process.stdout.write(`\nCPU per run, medians of the rounds (from /proc; ${cores} cores):\n`);
      process.stdout.write(`  engine directly: ${sec(median(directCpu))} (all its threads)\n`);
      for (const set of sets) {
        const m = (key) => median(set.cpu.map((c) => c[key]));
        const total = median(set.cpu.map(cpuTotal));
        process.stdout.write(
          `  ${plural(set.count, 'worker process')}: main threads ${sec(m('main'))}, other threads ${sec(m('other'))}, ` +
            `PostgreSQL ${sec(m('postgres'))}, Redis ${sec(m('redis'))}: ${sec(total)} in ${sec(m('wall'))} ` +
            `(${(total / m('wall')).toFixed(2)} of ${cores} cores busy), ${sec(total - median(directCpu))} beside the engine's\n`,
        );
      }
      // What the machine's cores allow: a run cannot end before its CPU time spread over every core.
      if (one && cores >= 2) {
        const oneWall = median(one.cpu.map((c) => c.wall));
        process.stdout.write(
          `  for 1.7× over 1 worker (${sec(oneWall)}), a run of more workers must end within ${sec(oneWall / 1.7)}: ` +
            `at most ${sec((oneWall / 1.7) * cores)} of CPU on ${cores} cores\n`,
        );
        for (const set of sets.filter((s) => s.count > 1)) {
          const used = median(set.cpu.map(cpuTotal));
          process.stdout.write(
            `  ${plural(set.count, 'worker process')} used ${sec(used)}: on ${cores} cores at least ${sec(used / cores)}, ` +
              `so at most ${(oneWall / (used / cores)).toFixed(2)}× over 1 worker even with every core busy throughout\n`,
          );
        }
      }
    }
    process.stdout.write('\nWhere the last round\'s queued runs spent their time:\n');
    for (const set of sets) {
      process.stdout.write(`  ${plural(set.count, 'worker process')}: ${await timeline(set, connection)}`);
    }

    const ratios = (a, b) => times[a].map((x, k) => x / times[b][k]);
    process.stdout.write(
      `\nmedians of ${rounds} rounds (warm processes; the queue's results identical to the direct run's every time):\n` +
        contenders.map((c) => `  ${c.label}: ${seconds(median(times[c.key]))}`).join('\n') +
        '\n',
    );
    if (times.q1) {
      const overhead = ratios('q1', 'direct').map((r) => (r - 1) * 100);
      process.stdout.write(
        `queue overhead over the engine (1 worker): ${median(overhead).toFixed(1)} % (rounds: ${range(overhead)} %)\n`,
      );
      for (const count of workerCounts.filter((c) => c > 1)) {
        const speedUp = ratios('q1', `q${count}`);
        const ceiling = ratios('c1', `c${count}`);
        process.stdout.write(
          `speed-up of ${count} workers over 1:        ${median(speedUp).toFixed(2)}× (rounds: ${range(speedUp)}×); ` +
            `this machine's ceiling, the bare engine in ${count} processes over 1: ${median(ceiling).toFixed(2)}× (rounds: ${range(ceiling)}×)\n`,
        );
        // The chunks alone: what the speed-up would be if preparing the input and merging took no time.
        const many = sets.find((set) => set.count === count);
        if (one && many) {
          const chunkSpeedUp = one.phases.map((p, k) => p.chunks / many.phases[k].chunks);
          process.stdout.write(
            `speed-up of the chunk phase alone (first input ready to last chunk stored): ${median(chunkSpeedUp).toFixed(2)}× (rounds: ${range(chunkSpeedUp)}×)\n`,
          );
        }
      }
    }
  } finally {
    for (const child of engines) child.kill();
    for (const set of sets) {
      for (const w of set.workers) w.child.kill('SIGTERM');
      await Promise.all(set.workers.map((w) => w.exited));
      await set.flowProducer.close();
      await set.runsQueue.close();
      await deleteQueueKeys(set.prefix, config.redisUrl);
    }
    events.disconnect();
    await db.destroy();
    await dropDatabase(config.databaseUrl);
  }
}

/** A started tests/bench/engine-process.js: `ask` sends it a message and resolves with its answer. */
async function bareEngineProcess() {
  // With the workers' V8 flags: the comparison is of the queue, not of heap settings.
  const child = fork(path.join(__dirname, 'engine-process.js'), ['--wijken', String(wijken), '--granularity', granularity], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: [...process.execArgv, ...WORKER_NODE_FLAGS],
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
    pid: child.pid,
  };
}

/** USER_HZ: /proc counts CPU time in these ticks per second (100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) in a /proc …/stat file, or null where there is none. */
function cpuSeconds(statFile) {
  try {
    const stat = fs.readFileSync(statFile, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** A process's CPU so far: all its threads, and its main thread alone; null off Linux. */
function processCpu(pid) {
  const total = cpuSeconds(`/proc/${pid}/stat`);
  const main = cpuSeconds(`/proc/${pid}/task/${pid}/stat`);
  return total === null || main === null ? null : { total, main };
}

/** The CPU so far of every running process of a program (PostgreSQL's backends, the Redis server). */
function programCpu(command) {
  let sum = 0;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === command) sum += cpuSeconds(`/proc/${pid}/stat`) ?? 0;
    } catch {
      // The process ended meanwhile.
    }
  }
  return sum;
}

/** The CPU so far of a worker set's processes, PostgreSQL and Redis; null off Linux. */
function queueCpu(set) {
  const workers = set.workers.map((w) => processCpu(w.child.pid));
  if (workers.some((w) => w === null)) return null;
  return {
    main: workers.reduce((s, w) => s + w.main, 0),
    other: workers.reduce((s, w) => s + w.total - w.main, 0),
    postgres: programCpu('postgres'),
    redis: programCpu('redis-server'),
  };
}

const cpuTotal = (c) => c.main + c.other + c.postgres + c.redis;
const cpuUsed = (before, after) => Object.fromEntries(Object.keys(before).map((key) => [key, after[key] - before[key]]));

/**
 * The phases of a worker set's last run, from its jobs' timestamps and return values: until the
 * first chunk was ready to compute (the run's input loaded and prepared), from then until the last
 * chunk was stored, the engine's time per worker, how long the first worker to finish its chunks
 * waited for the last, and the merge with storing the result.
 */
async function runPhases(set, connection) {
  const { origin, jobs, parent } = await lastRunJobs(set, connection);
  const ready = Math.min(...jobs.map((j) => j.processedOn + (j.returnvalue?.readyMs ?? 0))) - origin;
  const byWorker = new Map();
  for (const j of jobs) {
    const w = byWorker.get(j.returnvalue?.worker) ?? { end: 0, engine: 0 };
    w.end = Math.max(w.end, j.finishedOn - origin);
    w.engine += j.returnvalue?.computeMs ?? 0;
    byWorker.set(j.returnvalue?.worker, w);
  }
  const ends = [...byWorker.values()].map((w) => w.end);
  return {
    ready,
    chunks: Math.max(...ends) - ready,
    engine: median([...byWorker.values()].map((w) => w.engine)),
    wait: Math.max(...ends) - Math.min(...ends),
    // From the last chunk stored to the result stored.
    merge: parent.finishedOn - (Math.max(...ends) + origin),
  };
}

/** The chunk jobs and the parent job of a worker set's last run, and the time it was enqueued. */
async function lastRunJobs(set, connection) {
  const { runId, enqueuedAt } = set.last;
  const chunkQueue = new Queue(QUEUES.forecastChunks, { connection, prefix: set.prefix });
  try {
    const jobs = (await chunkQueue.getJobs(['completed'], 0, -1)).filter((j) => j.data.runId === runId);
    const parent = await set.runsQueue.getJob(`forecast-${runId}`);
    return { origin: performance.timeOrigin + enqueuedAt, jobs, parent };
  } finally {
    await chunkQueue.close();
  }
}

/** Where the time of a worker set's last run went, from the BullMQ job timestamps. */
async function timeline(set, connection) {
  const { origin, jobs, parent } = await lastRunJobs(set, connection);
  const each = listChunks
    ? [...jobs]
        .sort((a, b) => a.processedOn - b.processedOn)
        .map(
          (j) =>
            `    chunk ${j.data.chunkIndex}: ${(j.processedOn - origin).toFixed(0)}–${(j.finishedOn - origin).toFixed(0)} ms, ready after ${j.returnvalue?.readyMs} ms, engine ${j.returnvalue?.computeMs} ms\n`,
        )
        .join('')
    : '';
  const busy = jobs.reduce((s, j) => s + (j.finishedOn - j.processedOn), 0);
  const compute = jobs.reduce((s, j) => s + (j.returnvalue?.computeMs ?? 0), 0);
  const first = Math.min(...jobs.map((j) => j.processedOn)) - origin;
  const last = Math.max(...jobs.map((j) => j.finishedOn)) - origin;
  const merge = parent ? parent.finishedOn - parent.processedOn : NaN;
  const parts = parent?.returnvalue?.ms;
  const split = parts ? ` (read ${seconds(parts.read)}, merge ${seconds(parts.merge)}, store ${seconds(parts.store)})` : '';
  const pickup = parent ? parent.processedOn - Math.max(...jobs.map((j) => j.finishedOn)) : NaN;
  return (
    `chunks ${jobs.length}: first starts at ${seconds(first)}, last ends at ${seconds(last)}, ` +
    `busy ${seconds(busy)} in all, of which the engine ${seconds(compute)}; merge picked up after ${seconds(pickup)}, merge + store ${seconds(merge)}${split}\n` + each
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`bench:jobs failed: ${error.stack ?? error}\n`);
    process.exit(1);
  },
);
