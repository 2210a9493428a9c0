import { explainOverload } from './explain-overload';
import { RcpspActivity, RcpspProblem } from './rcpsp.types';
import { solveRcpsp } from './solve-rcpsp';
import { unconstrainedSchedule } from './unconstrained-schedule';

const task = (
  duration: number,
  resource: number,
  amount: number,
  extra: Partial<RcpspActivity> = {},
): RcpspActivity => ({
  modes: [{ duration, usage: [{ resource, amount }] }],
  predecessors: [],
  ...extra,
});

describe('explainOverload', () => {
  const horizon = 12;
  const problem: RcpspProblem = {
    horizon,
    capacity: [new Float64Array(horizon).fill(36), Float64Array.from([8, 8, 8, 0, 0, 8, 8, 8, 8, 8, 8, 8])],
    activities: [
      task(4, 0, 20),
      task(2, 0, 24),
      task(3, 1, 6, { release: 2 }),
      task(1, 0, 10, { predecessors: [{ activity: 1, lag: 0 }] }),
    ],
  };

  it('lists, per resource and run of periods, the demand over capacity and who asks it', () => {
    const plan = unconstrainedSchedule(problem);
    expect(Array.from(plan.starts)).toEqual([0, 0, 2, 2]);
    expect(explainOverload(problem, plan)).toEqual([
      {
        resource: 0,
        from: 0,
        to: 2,
        capacity: 36,
        demand: 44,
        excess: 8,
        contributions: [
          { activity: 1, amount: 24 },
          { activity: 0, amount: 20 },
        ],
      },
      {
        resource: 1,
        from: 3,
        to: 5,
        capacity: 0,
        demand: 6,
        excess: 6,
        contributions: [{ activity: 2, amount: 6 }],
      },
    ]);
  });

  it('finds nothing to explain in a levelled plan without pins', () => {
    expect(explainOverload(problem, solveRcpsp(problem, { schedules: 30, seed: 1 }))).toEqual([]);
  });

  it('shows the overload that pinned tasks cause', () => {
    const pinned: RcpspProblem = {
      ...problem,
      activities: [task(2, 0, 30, { fixedStart: 1 }), task(2, 0, 30, { fixedStart: 2 })],
    };
    const overloads = explainOverload(pinned, solveRcpsp(pinned, { schedules: 1, seed: 1 }));
    expect(overloads).toEqual([
      {
        resource: 0,
        from: 2,
        to: 3,
        capacity: 36,
        demand: 60,
        excess: 24,
        contributions: [
          { activity: 0, amount: 30 },
          { activity: 1, amount: 30 },
        ],
      },
    ]);
  });
});
