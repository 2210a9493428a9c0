import fc from 'fast-check';
import { checkSchedule } from './check-schedule';
import { RcpspActivity, RcpspProblem } from './rcpsp.types';
import { solveRcpsp } from './solve-rcpsp';

/** Random programmes: a DAG (edges only from lower to higher index), weekly capacities with dips, lags, releases, pins, modes, due dates. */
const problemArb: fc.Arbitrary<RcpspProblem> = fc
  .record({
    n: fc.integer({ min: 1, max: 14 }),
    resources: fc.integer({ min: 1, max: 3 }),
    horizon: fc.integer({ min: 5, max: 45 }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .chain(({ n, resources, horizon }) =>
    fc.record({
      horizon: fc.constant(horizon),
      capacity: fc.array(
        fc.array(fc.constantFrom(0, 1.5, 2, 3, 4.25, 6), { minLength: horizon, maxLength: horizon }),
        {
          minLength: resources,
          maxLength: resources,
        },
      ),
      activities: fc.array(
        fc.record({
          durations: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 3 }),
          amounts: fc.array(fc.constantFrom(0, 0.5, 1, 2, 3.75, 5), {
            minLength: resources,
            maxLength: resources,
          }),
          preds: fc.array(
            fc.record({ back: fc.integer({ min: 1, max: 4 }), lag: fc.integer({ min: 0, max: 2 }) }),
            { maxLength: 3 },
          ),
          release: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
          pin: fc.option(fc.integer({ min: 0, max: 12 }), { freq: 6, nil: undefined }),
          due: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        }),
        { minLength: n, maxLength: n },
      ),
    }),
  )
  .map(({ horizon, capacity, activities }) => ({
    horizon,
    capacity: capacity.map((row) => Float64Array.from(row)),
    activities: activities.map((a, j): RcpspActivity => {
      const pinned = a.pin !== undefined && j % 4 === 0 && a.pin + a.durations[0] <= horizon;
      // A stretched mode: longer, at a proportionally lower rate.
      const modes = a.durations.map((d, m) => ({
        duration: d + m * 2,
        usage: a.amounts.map((amount, resource) => ({ resource, amount: amount / (m + 1) })),
      }));
      return {
        modes,
        // Pinned activities get no predecessors, so every generated pin is consistent.
        predecessors: pinned
          ? []
          : [...new Map(a.preds.filter((p) => j - p.back >= 0).map((p) => [j - p.back, p.lag]))].map(
              ([activity, lag]) => ({ activity, lag }),
            ),
        release: a.release,
        fixedStart: pinned ? a.pin : undefined,
        dueDate: a.due,
      };
    }),
  }));

function assertSound(problem: RcpspProblem, schedules: number, seed: number): void {
  const result = solveRcpsp(problem, { schedules, seed });
  expect(checkSchedule(problem, result)).toEqual([]);
  const unschedulable = new Set(result.unschedulable.map((u) => u.activity));
  problem.activities.forEach((a, j) => {
    expect(result.starts[j] === -1).toBe(unschedulable.has(j));
    // Nothing is silently dropped: a left-out activity has a reason, and so do its successors.
    if (result.starts[j] === -1) {
      problem.activities.forEach((b, k) => {
        if (b.fixedStart === undefined && b.predecessors.some((p) => p.activity === j))
          expect(unschedulable.has(k)).toBe(true);
      });
    }
  });
  for (const u of result.unschedulable) expect(u.reason.length).toBeGreaterThan(10);
  expect(result.schedulesEvaluated).toBeLessThanOrEqual(schedules);
}

describe('solveRcpsp on random programmes', () => {
  it('a single pass respects capacity per period, dependencies with lags, releases and pins', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 0, max: 1000 }), (problem, seed) =>
        assertSound(problem, 1, seed),
      ),
      { numRuns: 300 },
    );
  });

  it('the search keeps every schedule feasible too', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 0, max: 1000 }), (problem, seed) =>
        assertSound(problem, 60, seed),
      ),
      { numRuns: 120 },
    );
  });

  it('the search never does worse than the single pass on (lateness, makespan)', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const one = solveRcpsp(problem, { schedules: 1, seed: 1 });
        const many = solveRcpsp(problem, { schedules: 80, seed: 1 });
        expect(many.unschedulable.length).toBeLessThanOrEqual(one.unschedulable.length);
        if (
          many.unschedulable.length === one.unschedulable.length &&
          (many.forced ?? []).length === (one.forced ?? []).length
        ) {
          expect(many.weightedLateness).toBeLessThanOrEqual(one.weightedLateness + 1e-9);
          if (Math.abs(many.weightedLateness - one.weightedLateness) < 1e-9)
            expect(many.makespan).toBeLessThanOrEqual(one.makespan);
        }
      }),
      { numRuns: 80 },
    );
  });
});
