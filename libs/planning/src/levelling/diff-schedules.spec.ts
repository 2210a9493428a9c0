import { diffSchedules } from './diff-schedules';
import { RcpspInputError } from './rcpsp-input-error';
import { RcpspProblem } from './rcpsp.types';
import { solveRcpsp } from './solve-rcpsp';

describe('diffSchedules', () => {
  it('lists moved, re-moded, dropped and recovered activities only', () => {
    const before = { starts: Int32Array.from([0, 3, 5, -1]), modes: Int32Array.from([0, 0, 0, 0]) };
    const after = { starts: Int32Array.from([0, 4, -1, 2]), modes: Int32Array.from([1, 0, 0, 0]) };
    expect(diffSchedules(before, after)).toEqual([
      { activity: 0, fromStart: 0, toStart: 0, fromMode: 0, toMode: 1 },
      { activity: 1, fromStart: 3, toStart: 4, fromMode: 0, toMode: 0 },
      { activity: 2, fromStart: 5, toStart: -1, fromMode: 0, toMode: 0 },
      { activity: 3, fromStart: -1, toStart: 2, fromMode: 0, toMode: 0 },
    ]);
  });

  it('shows what a lost week of capacity moves in a levelled plan', () => {
    const horizon = 10;
    const full = new Float64Array(horizon).fill(1);
    const lost = Float64Array.from(full);
    lost[1] = 0;
    const activities = [0, 1, 2].map(() => ({
      modes: [{ duration: 2, usage: [{ resource: 0, amount: 1 }] }],
      predecessors: [],
    }));
    const a: RcpspProblem = { horizon, capacity: [full], activities };
    const b: RcpspProblem = { horizon, capacity: [lost], activities };
    const moves = diffSchedules(
      solveRcpsp(a, { schedules: 1, seed: 1 }),
      solveRcpsp(b, { schedules: 1, seed: 1 }),
    );
    expect(moves.map((m) => [m.fromStart, m.toStart])).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
    ]);
  });

  it('refuses schedules of different problems', () => {
    const one = { starts: Int32Array.from([0]), modes: Int32Array.from([0]) };
    const two = { starts: Int32Array.from([0, 1]), modes: Int32Array.from([0, 0]) };
    expect(() => diffSchedules(one, two)).toThrow(RcpspInputError);
  });
});
