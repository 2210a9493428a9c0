import { prepareForecast } from './forecast-input';
import { createPartial, simulate, simulateSteps, type ForecastPartial } from './simulate';
import { forecastProgramme } from './forecast.fixture';

const samples = (p: ForecastPartial) => [
  Array.from(p.demand),
  Array.from(p.shortfall),
  Array.from(p.milestoneFinish),
  Array.from(p.holding),
];

describe('a chunk simulated step by step', () => {
  const prepared = prepareForecast({ programme: forecastProgramme() });

  it('yields the count of simulations done after each one and fills the partial as simulate does', () => {
    const partial = createPartial(prepared, 9, { from: 4, to: 11 });
    const counts = [...simulateSteps(partial, prepared, { from: 4, to: 11 })];
    expect(counts).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(samples(partial)).toEqual(samples(simulate(prepared, 9, { from: 4, to: 11 })));
  });

  it('gives the same samples when two chunks of one input take turns step by step (one worker, two chunk jobs)', () => {
    const a = createPartial(prepared, 9, { from: 0, to: 6 });
    const b = createPartial(prepared, 9, { from: 6, to: 10 });
    const stepsA = simulateSteps(a, prepared, { from: 0, to: 6 });
    const stepsB = simulateSteps(b, prepared, { from: 6, to: 10 });
    let doneA = false;
    let doneB = false;
    while (!doneA || !doneB) {
      if (!doneA) doneA = !!stepsA.next().done;
      if (!doneB) doneB = !!stepsB.next().done;
    }
    expect(samples(a)).toEqual(samples(simulate(prepared, 9, { from: 0, to: 6 })));
    expect(samples(b)).toEqual(samples(simulate(prepared, 9, { from: 6, to: 10 })));
  });
});
