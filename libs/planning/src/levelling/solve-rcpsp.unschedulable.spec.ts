import { checkSchedule } from './check-schedule';
import { RcpspActivity, RcpspProblem } from './rcpsp.types';
import { solveRcpsp } from './solve-rcpsp';

const task = (duration: number, usage: [number, number][], predecessors: number[] = []): RcpspActivity => ({
  modes: [{ duration, usage: usage.map(([resource, amount]) => ({ resource, amount })) }],
  predecessors: predecessors.map((activity) => ({ activity, lag: 0 })),
});

describe('activities that cannot be placed are reported, never dropped', () => {
  const horizon = 30;
  const problem: RcpspProblem = {
    horizon,
    // Resource 1 is a discipline nobody holds.
    capacity: [new Float64Array(horizon).fill(2), new Float64Array(horizon)],
    activities: [
      task(3, [[0, 1]]),
      task(2, [[1, 1]], [0]),
      task(4, [[0, 1]], [1]),
      task(2, [[0, 1]], [2]),
      task(5, [[0, 2]], [0]),
    ],
  };

  it.each([1, 200])('with a budget of %i schedules', (schedules) => {
    const result = solveRcpsp(problem, { schedules, seed: 3 });
    expect(checkSchedule(problem, result)).toEqual([]);
    expect(result.unschedulable.map((u) => u.activity)).toEqual([1, 2, 3]);
    expect(Array.from(result.starts)).toEqual([0, -1, -1, -1, 3]);
    expect(result.unschedulable[0].reason).toBe('it does not fit: resource 1 has no capacity in any period');
    expect(result.unschedulable[1].reason).toMatch(
      /^predecessor activity 1 is unschedulable: .*resource 1 has no capacity/,
    );
    expect(result.unschedulable[2].reason).toMatch(
      /^predecessor activity 2 \(which waits for activity 1\) is unschedulable/,
    );
    expect(result.makespan).toBe(8);
  });

  it('a rate above every period’s capacity, and a chain too long for the horizon', () => {
    const p: RcpspProblem = {
      horizon: 10,
      capacity: [Float64Array.from([1, 1, 3, 1, 1, 1, 1, 1, 1, 1])],
      activities: [task(2, [[0, 4]]), task(2, [[0, 2]]), task(6, [[0, 1]]), task(6, [[0, 1]], [2])],
    };
    const result = solveRcpsp(p, { schedules: 1, seed: 1 });
    expect(checkSchedule(p, result)).toEqual([]);
    const reasons = new Map(result.unschedulable.map((u) => [u.activity, u.reason]));
    expect(reasons.get(0)).toMatch(/needs 4 of resource 0 per period, but at most 3 is available/);
    expect(reasons.get(1)).toMatch(/resource 0 never offers 2 per period for 2 consecutive periods/);
    expect(reasons.get(3)).toMatch(
      /no earlier than period 6, too late to finish 6 period\(s\) of work by the horizon \(10\)/,
    );
  });
});

describe('pinned and stretched activities', () => {
  it('places pinned activities exactly, even over capacity, and levels the rest around them', () => {
    const horizon = 20;
    const problem: RcpspProblem = {
      horizon,
      capacity: [new Float64Array(horizon).fill(3)],
      activities: [
        { ...task(4, [[0, 2]]), fixedStart: 2 },
        { ...task(4, [[0, 2]]), fixedStart: 3 },
        task(3, [[0, 1]]),
        task(2, [[0, 3]]),
      ],
    };
    const result = solveRcpsp(problem, { schedules: 50, seed: 1 });
    expect(checkSchedule(problem, result)).toEqual([]);
    expect(result.starts[0]).toBe(2);
    expect(result.starts[1]).toBe(3);
    // Periods 3..5 are overloaded by the pins; 2 and 6 have one unit left.
    const s2 = result.starts[2];
    expect(s2 + 3 <= 3 || s2 >= 6).toBe(true);
    expect(result.starts[3] + 2 <= 2 || result.starts[3] >= 7).toBe(true);
  });

  it('forces a predecessor of a pin in rather than breaking the pin, and says so', () => {
    const horizon = 12;
    const problem: RcpspProblem = {
      horizon,
      capacity: [Float64Array.from([0, 0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5])],
      activities: [task(2, [[0, 1]]), { ...task(1, [[0, 1]], [0]), fixedStart: 2 }],
    };
    const result = solveRcpsp(problem, { schedules: 1, seed: 1 });
    expect(Array.from(result.starts)).toEqual([0, 2]);
    expect(result.forced).toEqual([0]);
    expect(checkSchedule(problem, result)).toEqual([]);
  });

  it('stretches a task whose weekly rate never fits, and keeps mode 0 when it does', () => {
    const horizon = 20;
    const stretchable: RcpspActivity = {
      modes: [
        { duration: 2, usage: [{ resource: 0, amount: 6 }] },
        { duration: 4, usage: [{ resource: 0, amount: 3 }] },
      ],
      predecessors: [],
    };
    const tight: RcpspProblem = {
      horizon,
      capacity: [new Float64Array(horizon).fill(4)],
      activities: [stretchable],
    };
    const roomy: RcpspProblem = {
      horizon,
      capacity: [new Float64Array(horizon).fill(8)],
      activities: [stretchable],
    };
    for (const schedules of [1, 40]) {
      const t = solveRcpsp(tight, { schedules, seed: 1 });
      expect(t.modes[0]).toBe(1);
      expect(t.makespan).toBe(4);
      const r = solveRcpsp(roomy, { schedules, seed: 1 });
      expect(r.modes[0]).toBe(0);
      expect(r.makespan).toBe(2);
    }
  });

  it('compares fractional hours with a tolerance', () => {
    const horizon = 4;
    const problem: RcpspProblem = {
      horizon,
      capacity: [new Float64Array(horizon).fill(0.3)],
      activities: [task(1, [[0, 0.1]]), task(1, [[0, 0.2]])],
    };
    const result = solveRcpsp(problem, { schedules: 1, seed: 1 });
    expect(Array.from(result.starts)).toEqual([0, 0]);
  });
});

describe('due dates', () => {
  it('puts the milestone chain first and reports zero lateness when it can be met', () => {
    const horizon = 40;
    const problem: RcpspProblem = {
      horizon,
      capacity: [new Float64Array(horizon).fill(1)],
      activities: [
        task(5, [[0, 1]]),
        task(5, [[0, 1]]),
        task(5, [[0, 1]]),
        { ...task(0, [], [2]), dueDate: 5 },
      ],
    };
    for (const schedules of [1, 30]) {
      const result = solveRcpsp(problem, { schedules, seed: 1 });
      expect(result.starts[2]).toBe(0);
      expect(result.weightedLateness).toBe(0);
      expect(result.makespan).toBe(15);
    }
  });

  it('weighs lateness by dueWeight', () => {
    const horizon = 40;
    const problem: RcpspProblem = {
      horizon,
      capacity: [new Float64Array(horizon).fill(1)],
      activities: [
        { ...task(4, [[0, 1]]), dueDate: 4, dueWeight: 1 },
        { ...task(4, [[0, 1]]), dueDate: 4, dueWeight: 10 },
      ],
    };
    const result = solveRcpsp(problem, { schedules: 20, seed: 1 });
    expect(result.starts[1]).toBe(0);
    expect(result.weightedLateness).toBe(4);
  });
});
