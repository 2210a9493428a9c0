import { RcpspInputError } from './rcpsp-input-error';
import { RcpspActivity, RcpspProblem } from './rcpsp.types';
import { solveRcpsp } from './solve-rcpsp';

const task = (duration: number, amount: number, predecessors: number[] = []): RcpspActivity => ({
  modes: [{ duration, usage: [{ resource: 0, amount }] }],
  predecessors: predecessors.map((activity) => ({ activity, lag: 0 })),
});
const problemOf = (activities: RcpspActivity[], horizon = 20, capacity = 4): RcpspProblem => ({
  horizon,
  capacity: [new Float64Array(horizon).fill(capacity)],
  activities,
});

function errorOf(problem: RcpspProblem, schedules = 1): RcpspInputError {
  try {
    solveRcpsp(problem, { schedules, seed: 1 });
  } catch (e) {
    expect(e).toBeInstanceOf(RcpspInputError);
    return e as RcpspInputError;
  }
  throw new Error('expected an RcpspInputError');
}

describe('solveRcpsp rejects bad input with a named field', () => {
  it('a dependency cycle, naming the activities on it', () => {
    const e = errorOf(problemOf([task(1, 1), task(1, 1, [0, 3]), task(1, 1, [1]), task(1, 1, [2])]), 50);
    expect(e.field).toMatch(/^activities\[\d\]\.predecessors$/);
    expect(e.message).toMatch(/dependency cycle: activity \d → activity \d → activity \d → activity \d/);
    expect(e.message).not.toMatch(/activity 0 →/);
  });

  it('a self-dependency', () => {
    expect(errorOf(problemOf([task(1, 1, [0])])).field).toBe('activities[0].predecessors[0].activity');
  });

  it('a negative or fractional duration', () => {
    expect(errorOf(problemOf([task(-1, 1)])).field).toBe('activities[0].modes[0].duration');
    expect(errorOf(problemOf([task(1.5, 1)])).field).toBe('activities[0].modes[0].duration');
  });

  it('a negative or non-finite amount', () => {
    expect(errorOf(problemOf([task(1, -2)])).field).toBe('activities[0].modes[0].usage[0].amount');
    expect(errorOf(problemOf([task(1, NaN)])).field).toBe('activities[0].modes[0].usage[0].amount');
  });

  it('a resource that does not exist and a predecessor that does not exist', () => {
    const p = problemOf([
      { modes: [{ duration: 1, usage: [{ resource: 3, amount: 1 }] }], predecessors: [] },
    ]);
    expect(errorOf(p).field).toBe('activities[0].modes[0].usage[0].resource');
    expect(errorOf(problemOf([task(1, 1, [7])])).field).toBe('activities[0].predecessors[0].activity');
  });

  it('capacities shorter than the horizon or negative', () => {
    expect(errorOf({ horizon: 10, capacity: [new Float64Array(5)], activities: [] }).field).toBe(
      'capacity[0]',
    );
    const negative = new Float64Array(10);
    negative[3] = -1;
    expect(errorOf({ horizon: 10, capacity: [negative], activities: [] }).field).toBe('capacity[0][3]');
  });

  it('pins that contradict each other or the horizon', () => {
    const pinnedBeforePredecessor = problemOf([
      { ...task(3, 1), fixedStart: 5 },
      { ...task(1, 1, [0]), fixedStart: 6 },
    ]);
    expect(errorOf(pinnedBeforePredecessor).field).toBe('activities[1].fixedStart');
    expect(errorOf(problemOf([{ ...task(5, 1), fixedStart: 18 }])).field).toBe('activities[0].fixedStart');
    const releaseTooLate = problemOf([
      { ...task(3, 1), release: 9 },
      { ...task(1, 1, [0]), fixedStart: 10 },
    ]);
    expect(errorOf(releaseTooLate).message).toMatch(
      /pinned at 10, but its predecessors and release allow a start no earlier than 12/,
    );
  });

  it('no modes, a bad budget or a bad seed', () => {
    expect(errorOf(problemOf([{ modes: [], predecessors: [] }])).field).toBe('activities[0].modes');
    expect(() => solveRcpsp(problemOf([task(1, 1)]), { schedules: 0, seed: 1 })).toThrow(RcpspInputError);
    expect(() => solveRcpsp(problemOf([task(1, 1)]), { schedules: 10, seed: 0.5 })).toThrow(/options.seed/);
  });

  it('an empty programme is not an error', () => {
    const result = solveRcpsp(problemOf([]), { schedules: 100, seed: 1 });
    expect(result.makespan).toBe(0);
    expect(result.unschedulable).toEqual([]);
  });
});
