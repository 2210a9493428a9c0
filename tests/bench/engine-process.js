// One bare engine process for bench:jobs: loads the engine and the synthetic gemeente, says "ready",
// then either simulates the range it is sent (the ceiling: no queue, no database, no merge) or, sent
// { forecast: n }, computes the whole forecast as a caller of the engine would (prepare, simulate,
// merge), and answers with the time (and the milestones, to compare with the queue's result).
//   node tests/bench/engine-process.js --wijken 100 --granularity month
require('../../api/test/register-typescript.js');
const { performance } = require('perf_hooks');
const engine = require('../../libs/planning/src/index.ts');
const { syntheticGemeente } = require('./synthetic-gemeente.js');
const { storedGranularities } = require('../../api/src/forecasts/forecast-parameters.ts');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const programme = syntheticGemeente(engine, { wijken: Number(arg('wijken', '100')) });
const options = { granularities: storedGranularities(arg('granularity', 'month')) };
const prepared = engine.prepareForecast({ programme, options });
process.on('message', ({ seed, from, to, forecast }) => {
  const t = performance.now();
  if (forecast) {
    const { milestones } = engine.forecast(engine.prepareForecast({ programme, options }), seed, forecast);
    process.send({ ms: performance.now() - t, milestones });
  } else {
    engine.simulate(prepared, seed, { from, to });
    process.send({ ms: performance.now() - t });
  }
});
process.send({ ready: true });
