#!/usr/bin/env node
// `npm run -s bench:psplib -- [--schedules 5000[,1000]] [--seed S] [--sets j30,j60] [--every K]`
// Quality of the leveller on PSPLIB J30 (deviation from the optimum) and J60 (deviation from the
// critical-path lower bound) at a fixed budget of schedules per instance, as in Kolisch & Hartmann
// (2006). Each set runs in its own process (2 cores). Every schedule is checked for feasibility.
// J120 is not in shared/bench/psplib and cannot be downloaded here, so it is not measured.
const { fork } = require('child_process');
const fs = require('fs');
const path = require('path');

const BENCH = path.resolve(__dirname, '../../../shared/bench/psplib');
const DATA =
  process.env.PSPLIB_DIR ||
  (fs.existsSync(BENCH) ? BENCH : path.resolve(__dirname, '../../shared/bench/psplib'));

function parseArgs(argv) {
  const opts = { schedules: [5000], seed: 1, sets: ['j30', 'j60'], every: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === '--schedules') opts.schedules = v().split(',').map(Number);
    else if (a === '--seed') opts.seed = Number(v());
    else if (a === '--sets') opts.sets = v().split(',');
    else if (a === '--every') opts.every = Number(v());
    else if (a === '--worker') opts.worker = JSON.parse(v());
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

function readBest(set) {
  const best = new Map();
  const lines = fs
    .readFileSync(path.join(DATA, `${set}-best.csv`), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  for (const line of lines) {
    const [name, value] = line.split(',');
    const [lower, upper] = value.split('..').map(Number);
    best.set(name, { lower, upper: upper ?? lower });
  }
  return best;
}

/** One set at one budget, in this process. */
function runSet({ set, schedules, seed, every }) {
  const { engine, expandPaths, loadInstance } = require('./psplib-instances');
  const best = readBest(set);
  const files = expandPaths([path.join(DATA, set)]).filter((_, i) => i % every === 0);
  let devBest = 0;
  let devLower = 0;
  let hits = 0;
  let violations = 0;
  let generated = 0;
  let ms = 0;
  for (const file of files) {
    const name = path.basename(file);
    const instance = loadInstance(file);
    const t0 = process.hrtime.bigint();
    const result = engine.solveRcpsp(instance.problem, { schedules, seed });
    ms += Number(process.hrtime.bigint() - t0) / 1e6;
    generated += result.schedulesEvaluated;
    violations += engine.checkSchedule(instance.problem, result).length + result.unschedulable.length;
    const cpBound = engine.criticalPathLowerBound(instance.problem);
    const known = best.get(name);
    if (!known) throw new Error(`${name} is missing from ${set}-best.csv`);
    devBest += (result.makespan - known.upper) / known.upper;
    devLower += (result.makespan - cpBound) / cpBound;
    if (result.makespan <= known.upper) hits++;
  }
  const count = files.length;
  return {
    set,
    schedules,
    instances: count,
    avgDevBestPct: (100 * devBest) / count,
    avgDevCpPct: (100 * devLower) / count,
    hitBestPct: (100 * hits) / count,
    violations,
    schedulesPerSecond: Math.round(generated / (ms / 1000)),
    msPerInstance: ms / count,
  };
}

function runInChild(job) {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--worker', JSON.stringify(job)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', resolve);
    child.on('exit', (code) => code !== 0 && reject(new Error(`${job.set} worker exited with ${code}`)));
  });
}

function describe(r) {
  const ref =
    r.set === 'j30'
      ? `${r.avgDevBestPct.toFixed(3)} % from optimum`
      : `${r.avgDevCpPct.toFixed(2)} % from CP lower bound (${r.avgDevBestPct.toFixed(3)} % from best known)`;
  return `${r.set.toUpperCase()} @ ${r.schedules} schedules: ${ref}, best/optimum hit on ${r.hitBestPct.toFixed(1)} % of ${r.instances}, ${r.schedulesPerSecond} schedules/s, ${r.violations} violations`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.worker) {
    process.send(runSet(opts.worker), () => process.exit(0));
    return;
  }
  const figures = [];
  for (const schedules of opts.schedules) {
    const jobs = opts.sets.map((set) => ({ set, schedules, seed: opts.seed, every: opts.every }));
    const results = await Promise.all(jobs.map(runInChild));
    for (const r of results) {
      console.log(describe(r));
      figures.push(r);
    }
  }
  console.log('J120: not measured (not in shared/bench/psplib; no network to fetch it).');
  const json = {};
  for (const r of figures) {
    const key = `${r.set}_${r.schedules}`;
    json[`${key}_avgDevPct`] = Number((r.set === 'j30' ? r.avgDevBestPct : r.avgDevCpPct).toFixed(4));
    json[`${key}_avgDevBestPct`] = Number(r.avgDevBestPct.toFixed(4));
    json[`${key}_hitPct`] = Number(r.hitBestPct.toFixed(2));
    json[`${key}_schedulesPerSecond`] = r.schedulesPerSecond;
    json[`${key}_violations`] = r.violations;
  }
  json.j120_avgDevPct = null; // J120 is not in shared/bench/psplib and cannot be downloaded here
  console.log(JSON.stringify(json));
  if (figures.some((r) => r.violations > 0)) process.exit(1);
}

main().catch((e) => {
  console.error(`bench:psplib: ${e.message}`);
  process.exit(1);
});
