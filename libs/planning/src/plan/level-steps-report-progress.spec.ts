import { compileProgramme } from '../demand';
import { forecastProgramme } from '../forecast/forecast.fixture';
import { solveRcpsp, solveRcpspSteps, type RcpspProblem, type SearchProgress } from '../levelling';
import { levelModel, levelModelSteps } from './level-programme';

/** Runs steps to the end, keeping what they yielded. */
function collect<P, R>(steps: Generator<P, R, void>): { seen: P[]; result: R } {
  const seen: P[] = [];
  let next = steps.next();
  for (; !next.done; next = steps.next()) seen.push(next.value);
  return { seen, result: next.value };
}

function expectSteadyProgress(seen: SearchProgress[], budget: number): void {
  expect(seen.length).toBeGreaterThanOrEqual(2);
  for (let k = 0; k < seen.length; k++) {
    expect(seen[k].budget).toBe(budget);
    expect(seen[k].schedules).toBeLessThanOrEqual(budget);
    if (k > 0) expect(seen[k].schedules).toBeGreaterThan(seen[k - 1].schedules);
  }
}

describe('levelling step by step', () => {
  it('yields the schedules tried so far and returns exactly what levelModel returns', () => {
    const model = compileProgramme(forecastProgramme());
    const options = { schedules: 3000, seed: 4 };
    const { seen, result } = collect(levelModelSteps(model, options));
    expectSteadyProgress(seen, 3000);
    expect(JSON.stringify(result.plan)).toBe(JSON.stringify(levelModel(model, options).plan));
  });

  it('steps through a problem the size of PSPLIB J30 as solveRcpsp solves it', () => {
    const problem = j30Like();
    const { seen, result } = collect(solveRcpspSteps(problem, { schedules: 2000, seed: 9 }));
    expectSteadyProgress(seen, 2000);
    const direct = solveRcpsp(problem, { schedules: 2000, seed: 9 });
    expect(Array.from(result.starts)).toEqual(Array.from(direct.starts));
    expect(result.makespan).toBe(direct.makespan);
  });

  it('checks its options when called, before the first step', () => {
    const problem = j30Like();
    expect(() => solveRcpspSteps(problem, { schedules: 0, seed: 1 })).toThrow('options.schedules');
  });
});

/** A J30-sized problem: 30 activities over 4 resources of constant capacity, each after the one three before it. */
function j30Like(): RcpspProblem {
  const horizon = 200;
  return {
    horizon,
    capacity: [10, 9, 8, 12].map((c) => new Float64Array(horizon).fill(c)),
    activities: Array.from({ length: 30 }, (_, k) => ({
      modes: [
        {
          duration: 1 + ((k * 7) % 9),
          usage: [(k * 3) % 7, (k * 5) % 6, (k * 2) % 5, (k * 11) % 8].map((amount, resource) => ({
            resource,
            amount,
          })),
        },
      ],
      predecessors: k >= 3 ? [{ activity: k - 3, lag: 0 }] : [],
    })),
  };
}
