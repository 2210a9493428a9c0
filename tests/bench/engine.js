#!/usr/bin/env node
// `npm run -s bench:engine`: the engine at the scale of a large gemeente (design.md, "Scale to plan for").
// Prints the timings and ends with one line of JSON. Bars: unconstrained ≤ 20 ms, one levelling pass
// ≤ 100 ms, 1,000 levelled simulations ≤ 30 s on one core, peak RSS ≤ 512 MB. Warm timings are the
// median of repeated runs after a first (cold) one, which is printed too.
require('./register-typescript');
const engine = require('../../libs/planning/src/index.ts');
const { syntheticGemeente } = require('./synthetic-gemeente');

const simulations = Number(process.env.BENCH_SIMULATIONS ?? 1000);
const seed = 20260105;

function time(fn) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, cpuMs: process.cpuUsage(cpu).user / 1000, value };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The first (cold) run, then — after as many untimed runs to let the JIT settle — the median wall time of warm runs. */
function repeat(fn, runs) {
  const cold = time(fn);
  for (let i = 0; i < runs; i++) fn();
  const warm = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) warm.push(time(fn));
  return {
    cold: cold.ms,
    warm: median(warm.map((w) => w.ms)),
    // The kernel accounts CPU time in ticks of a few ms: averaged over all warm runs, not per run.
    warmCpu: process.cpuUsage(cpu).user / 1000 / runs,
    value: cold.value,
  };
}

const log = (s) => process.stdout.write(s + '\n');
const ms = (x) => `${x.toFixed(1)} ms`;

const generated = time(() => syntheticGemeente(engine));
const programme = generated.value;
log(
  `synthetic gemeente: ${programme.wijken.length} wijken, ${programme.tasks.length} tasks, ${programme.staff.length} staff, ${programme.disciplines.length} disciplines, ${programme.milestones.length} milestones (generated in ${ms(generated.ms)})`,
);

const compiled = time(() => engine.compileProgramme(programme));
const model = compiled.value;
log(
  `compile programme (validation, calendar to ${programme.horizon.end}: ${model.weeks} weeks, holidays, supply): ${ms(compiled.ms)}`,
);

const unconstrained = repeat(() => engine.unconstrainedPlan(model), 9);
const late = unconstrained.value.milestones.filter((m) => m.lateWeeks > 0).length;
log(
  `unconstrained forecast (critical path, weekly demand, gap and shortfall): ${ms(unconstrained.warm)} warm (${ms(unconstrained.warmCpu)} CPU), ${ms(unconstrained.cold)} cold; ${late} milestones late`,
);

const level = repeat(() => engine.levelModel(model, { schedules: 1, seed: 1 }), 9);
const plan = level.value.plan;
log(
  `one levelling pass (build problem, solve, explain): ${ms(level.warm)} warm (${ms(level.warmCpu)} CPU), ${ms(level.cold)} cold; ` +
    `${plan.tasks.length} placed, ${plan.unschedulable.length} unschedulable, ${plan.milestones.filter((m) => !m.onTime).length} milestones late, finish ${plan.finish}`,
);

const prepared = time(() => engine.prepareForecast({ programme }));
log(`prepare forecast: ${ms(prepared.ms)}`);
const cpuBefore = process.cpuUsage();
const simulated = time(() => engine.simulate(prepared.value, seed, { from: 0, to: simulations }));
const merged = time(() => engine.merge(prepared.value, [simulated.value]));
const monteCarloMs = simulated.ms + merged.ms;
// CPU time of this (single-threaded) section: shows the cost when the machine is shared.
const monteCarloCpuMs = process.cpuUsage(cpuBefore).user / 1000;
const onTime =
  merged.value.milestones.reduce((s, m) => s + m.probabilityOnTime, 0) /
  Math.max(1, merged.value.milestones.length);
log(
  `${simulations} simulations with levelling: ${ms(monteCarloMs)} (simulate ${ms(simulated.ms)}, ${(simulated.ms / simulations).toFixed(2)} ms each; merge ${ms(merged.ms)}); ` +
    `mean chance of a milestone on time ${(onTime * 100).toFixed(1)} %; result ${(JSON.stringify(merged.value).length / 1e6).toFixed(1)} MB as JSON`,
);

const peakRssMb = process.resourceUsage().maxRSS / 1024;
log(`peak RSS: ${peakRssMb.toFixed(0)} MB`);

const round = (x) => Math.round(x * 10) / 10;
log(
  JSON.stringify({
    tasks: programme.tasks.length,
    staff: programme.staff.length,
    wijken: programme.wijken.length,
    disciplines: programme.disciplines.length,
    weeks: model.weeks,
    compileMs: round(compiled.ms),
    unconstrainedMs: round(unconstrained.warm),
    unconstrainedCpuMs: round(unconstrained.warmCpu),
    unconstrainedColdMs: round(unconstrained.cold),
    levelMs: round(level.warm),
    levelCpuMs: round(level.warmCpu),
    levelColdMs: round(level.cold),
    simulations,
    [`monteCarlo${simulations}Ms`]: round(monteCarloMs),
    monteCarloMergeMs: round(merged.ms),
    monteCarloCpuMs: round(monteCarloCpuMs),
    peakRssMb: round(peakRssMb),
  }),
);
