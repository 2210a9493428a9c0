// One engine process for bench:jobs' ceiling: loads the engine and the synthetic gemeente, says
// "ready", simulates the range it is sent (no queue, no database) and answers with the time.
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
const prepared = engine.prepareForecast({
  programme,
  options: { granularities: storedGranularities(arg('granularity', 'month')) },
});
process.on('message', ({ seed, from, to }) => {
  const t = performance.now();
  engine.simulate(prepared, seed, { from, to });
  process.send({ ms: performance.now() - t });
});
process.send({ ready: true });
