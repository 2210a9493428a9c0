// How long the engine's long computations hold a worker's event loop (issue 5: a job must not
// stall the lock renewals of the other jobs in its worker, nor a shutdown). On the synthetic large
// gemeente it times a merge of N weekly simulations (all four granularities), a levelling of S
// schedules and a capacity advice, each once as one call (`merge`, `levelModel`, `adviseCapacity`)
// and once as steps run in the workers' 20 ms slices that yield (`runInSlices` over `mergeSteps`,
// `levelModelSteps`, `adviseCapacitySteps`), and prints each one's time and the longest gap
// between the ticks of a 1 ms timer meanwhile. Printed, never asserted.
//
//   npm run -s bench:pauses -- [--simulations 1000] [--schedules 1000] [--advice-simulations 200] [--wijken 100]
require('../../api/test/register-typescript.js');
const { performance } = require('perf_hooks');
const engine = require('../../libs/planning/src/index.ts');
const { runInSlices } = require('../../api/src/jobs/work-slices.ts');
const { syntheticGemeente } = require('./synthetic-gemeente.js');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return Number(i >= 0 ? process.argv[i + 1] : fallback);
};
const simulations = arg('simulations', 1000);
const schedules = arg('schedules', 1000);
const adviceSimulations = arg('advice-simulations', 200);
const programme = syntheticGemeente(engine, { wijken: arg('wijken', 100) });

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` while a 1 ms timer ticks; the time it took and the longest gap between two ticks. */
async function measure(work) {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await pause(20);
  const t = performance.now();
  await work();
  const ms = performance.now() - t;
  await pause(20);
  clearInterval(timer);
  return { ms, longest };
}

async function main() {
  const prepared = engine.prepareForecast({
    programme,
    options: { granularities: ['week', 'month', 'quarter', 'year'] },
  });
  const partials = [];
  for (let from = 0; from < simulations; from += 50)
    partials.push(engine.simulate(prepared, 1, { from, to: Math.min(simulations, from + 50) }));
  const model = engine.compileProgramme(programme);
  const levelOptions = { schedules, seed: 1 };
  const adviceOptions = {
    targetProbability: 0.8,
    internalHourlyRate: 80,
    simulations: adviceSimulations,
    seed: 1,
    maxEvaluations: 5,
  };
  const adviceInput = { programme, options: { granularities: ['year'] } };
  const cases = [
    [
      `merge of ${simulations} weekly simulations`,
      () => engine.merge(prepared, partials),
      () => runInSlices(engine.mergeSteps(prepared, partials)),
    ],
    [
      `levelling of ${schedules} schedules`,
      () => engine.levelModel(model, levelOptions),
      () => runInSlices(engine.levelModelSteps(model, levelOptions)),
    ],
    [
      `capacity advice of ${adviceSimulations} simulations an evaluation (at most 5 + trimming)`,
      () => engine.adviseCapacity(adviceInput, adviceOptions),
      () => runInSlices(engine.adviseCapacitySteps(adviceInput, adviceOptions)),
    ],
  ];
  process.stdout.write(`Large gemeente: ${programme.tasks.length} tasks, ${programme.staff.length} staff\n`);
  const figures = {};
  for (const [label, whole, sliced] of cases) {
    // Each way once untimed first, so that neither gains from the other's warm-up.
    await measure(async () => whole());
    await measure(sliced);
    const one = await measure(async () => whole());
    const steps = await measure(sliced);
    process.stdout.write(
      `${label}: one call ${(one.ms / 1000).toFixed(1)} s, event loop held up to ${one.longest.toFixed(0)} ms; ` +
        `in slices ${(steps.ms / 1000).toFixed(1)} s, held up to ${steps.longest.toFixed(0)} ms ` +
        `(${(one.longest / steps.longest).toFixed(0)}× shorter pauses, ${(steps.ms / one.ms).toFixed(2)}× the time)\n`,
    );
    figures[label] = {
      oneCallMs: Math.round(one.ms),
      oneCallPauseMs: Math.round(one.longest),
      slicedMs: Math.round(steps.ms),
      slicedPauseMs: Math.round(steps.longest),
    };
  }
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench:pauses failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
