#!/usr/bin/env node
// `SEARCH=50 node tests/bench/leveller-speed.js [--passes N]`: one levelling pass of the RCPSP solver on a
// synthetic large gemeente (100 wijken × 60 tasks, 12 disciplines, 1,300 weeks), at solver level.
// Prints the median single-pass time and a JSON line; the figure is informative, never asserted.
require('./register-typescript');
const { xoroshiro128plus } = require('pure-rand/generator/xoroshiro128plus');
const engine = require('../../libs/planning/src/index.ts');

function syntheticGemeente(seed) {
  const rng = xoroshiro128plus(seed);
  const rand = () => (rng.next() >>> 0) / 4294967296;
  const horizon = 1300;
  const resources = 12;
  const capacity = [];
  for (let r = 0; r < resources; r++) {
    const row = new Float64Array(horizon);
    const staff = 15 + Math.floor(rand() * 20);
    for (let t = 0; t < horizon; t++) {
      const holiday = t % 52 >= 29 && t % 52 < 32 ? 0.6 : 1; // summer weeks
      row[t] = staff * 28.8 * holiday;
    }
    capacity.push(row);
  }
  const activities = [];
  for (let w = 0; w < 100; w++) {
    const first = activities.length;
    const release = Math.floor(w < 20 ? rand() * 26 : 26 + rand() * 500);
    for (let k = 0; k < 60; k++) {
      const duration = 1 + Math.floor(rand() * 12);
      const effort = 40 + rand() * 400;
      const resource = Math.floor(rand() * resources);
      const predecessors = [];
      if (k > 0)
        predecessors.push({
          activity: first + k - 1 - Math.floor(rand() * Math.min(k, 3)),
          lag: rand() < 0.2 ? 2 : 0,
        });
      if (k > 4 && rand() < 0.3) predecessors.push({ activity: first + k - 5, lag: 0 });
      const rate = effort / duration;
      activities.push({
        modes: [
          { duration, usage: [{ resource, amount: rate }] },
          { duration: duration * 2, usage: [{ resource, amount: rate / 2 }] },
        ],
        predecessors: [...new Map(predecessors.map((p) => [p.activity, p])).values()],
        release: k === 0 ? release : undefined,
        dueDate: k % 20 === 19 ? release + 40 * (k / 20 + 1) : undefined,
      });
    }
  }
  return { horizon, capacity, activities };
}

const passes = Number(process.argv[process.argv.indexOf('--passes') + 1]) || 15;
const problem = syntheticGemeente(2050);
const times = [];
let result;
for (let i = 0; i < passes; i++) {
  const t0 = process.hrtime.bigint();
  result = engine.solveRcpsp(problem, { schedules: 1, seed: i });
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
const violations = engine.checkSchedule(problem, result).length;
const t0 = process.hrtime.bigint();
const searchSchedules = Number(process.env.SEARCH || 50);
const searched = engine.solveRcpsp(problem, { schedules: searchSchedules, seed: 1 });
const searchMs = Number(process.hrtime.bigint() - t0) / 1e6;
const figures = {
  tasks: problem.activities.length,
  resources: problem.capacity.length,
  weeks: problem.horizon,
  singlePassMedianMs: Number(times[times.length >> 1].toFixed(2)),
  singlePassMinMs: Number(times[0].toFixed(2)),
  singlePassMakespan: result.makespan,
  singlePassLateness: result.weightedLateness,
  unschedulable: result.unschedulable.length,
  violations,
  searchSchedules,
  searchMs: Number(searchMs.toFixed(1)),
  searchMakespan: searched.makespan,
  searchLateness: searched.weightedLateness,
};
console.log(
  `single pass on ${figures.tasks} tasks × ${figures.weeks} weeks: median ${figures.singlePassMedianMs} ms (min ${figures.singlePassMinMs} ms)`,
);
console.log(JSON.stringify(figures));
