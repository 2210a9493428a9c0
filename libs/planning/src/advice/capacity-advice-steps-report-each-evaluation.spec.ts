import { prepareForecast } from '../forecast';
import { forecastProgramme } from '../forecast/forecast.fixture';
import { adviseCapacity, adviseCapacitySteps, type AdviceStep } from './capacity-advice';

describe('hiring advice step by step', () => {
  const prepared = prepareForecast({
    programme: forecastProgramme({ adviserHours: 20 }),
    options: { turnover: false },
  });
  const options = { targetProbability: 0.8, internalHourlyRate: 80, simulations: 30, seed: 5 };

  it('yields once per evaluation, within its stated budget, and returns what adviseCapacity returns', () => {
    const all: AdviceStep[] = [];
    const generator = adviseCapacitySteps(prepared, options);
    let next = generator.next();
    while (!next.done) {
      all.push(next.value);
      next = generator.next();
    }
    const result = next.value;
    expect(result).toEqual(adviseCapacity(prepared, options));
    // Within an evaluation of 30 simulations, a step after every 8: 8, 16 and 24 simulated.
    const within = all.filter((s) => s.simulated < s.simulations);
    expect(within.length).toBe(3 * result.evaluations);
    for (const s of within) expect([8, 16, 24]).toContain(s.simulated);
    const steps = all.filter((s) => s.simulated === s.simulations);
    expect(steps.every((s) => s.simulations === 30)).toBe(true);
    expect(steps.map((s) => s.evaluations)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.length).toBe(result.evaluations);
    for (const s of steps) expect(s.evaluations).toBeLessThanOrEqual(s.maxEvaluations);
    expect(steps[0]).toMatchObject({ stage: 'search', totalFte: 0 });
    expect(steps[steps.length - 1]).toMatchObject({ stage: 'final', totalFte: result.totalFte });
  });

  it('can be stopped between steps without computing the rest', () => {
    const generator = adviseCapacitySteps(prepared, options);
    expect(generator.next().done).toBe(false);
    expect(generator.return(undefined as never).done).toBe(true);
  });
});
