import { explainLateness } from './explain-lateness';
import { RcpspActivity, RcpspProblem } from './rcpsp.types';
import { solveRcpsp } from './solve-rcpsp';

const task = (
  duration: number,
  amount: number,
  predecessors: number[] = [],
  extra: Partial<RcpspActivity> = {},
): RcpspActivity => ({
  modes: [{ duration, usage: amount > 0 ? [{ resource: 0, amount }] : [] }],
  predecessors: predecessors.map((activity) => ({ activity, lag: 0 })),
  ...extra,
});

describe('explainLateness', () => {
  it('follows binding predecessors and the activity that held the resource', () => {
    const horizon = 30;
    const problem: RcpspProblem = {
      horizon,
      capacity: [new Float64Array(horizon).fill(1)],
      activities: [
        // 0 is pinned and occupies the only unit in periods 0..3.
        task(4, 1, [], { fixedStart: 0 }),
        // 1 needs the unit too, so it waits for 0; 2 follows 1; milestone 3 after 2 is due at 5.
        task(3, 1),
        task(2, 0, [1]),
        task(0, 0, [2], { dueDate: 5, dueWeight: 2 }),
      ],
    };
    const result = solveRcpsp(problem, { schedules: 1, seed: 1 });
    expect(Array.from(result.starts)).toEqual([0, 4, 7, 9]);
    expect(explainLateness(problem, result)).toEqual([
      {
        activity: 3,
        dueDate: 5,
        finish: 9,
        lateness: 4,
        weightedLateness: 8,
        chain: [
          { activity: 3, start: 9, finish: 9, cause: 'precedence', heldBy: 2 },
          { activity: 2, start: 7, finish: 9, cause: 'precedence', heldBy: 1 },
          { activity: 1, start: 4, finish: 7, cause: 'resource', resource: 0, period: 3, heldBy: 0 },
          { activity: 0, start: 0, finish: 4, cause: 'fixed' },
        ],
      },
    ]);
  });

  it('names a release date and a capacity gap as the start of a chain', () => {
    const horizon = 20;
    const capacity = new Float64Array(horizon).fill(2);
    capacity[6] = 0;
    const problem: RcpspProblem = {
      horizon,
      capacity: [capacity],
      activities: [task(2, 1, [], { release: 5, dueDate: 6 }), task(2, 1, [], { release: 3, dueDate: 4 })],
    };
    const result = solveRcpsp(problem, { schedules: 1, seed: 1 });
    expect(Array.from(result.starts)).toEqual([7, 3]);
    const byActivity = new Map(explainLateness(problem, result).map((e) => [e.activity, e.chain]));
    expect(byActivity.get(0)).toEqual([
      { activity: 0, start: 7, finish: 9, cause: 'capacity', resource: 0, period: 6 },
    ]);
    expect(byActivity.get(1)).toEqual([{ activity: 1, start: 3, finish: 5, cause: 'release' }]);
  });

  it('is empty when every milestone is on time', () => {
    const problem: RcpspProblem = {
      horizon: 5,
      capacity: [new Float64Array(5).fill(1)],
      activities: [task(2, 1, [], { dueDate: 2 })],
    };
    expect(explainLateness(problem, solveRcpsp(problem, { schedules: 1, seed: 1 }))).toEqual([]);
  });
});
