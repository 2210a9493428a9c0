import fc from 'fast-check';
import { checkSchedule } from './check-schedule';
import { RcpspActivity, RcpspProblem } from './rcpsp.types';
import { compileProblem, recompileValues, refreshCompiledValues, type CompiledProblem } from './compile-problem';
import { solveCompiledRcpsp, solveRcpsp } from './solve-rcpsp';

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

/** The problem with other capacities, rates and releases, as a simulation draws them. */
const revalued = (
  problem: RcpspProblem,
  factor: number,
  shift: number,
  zeroOne: boolean,
): RcpspProblem => ({
  ...problem,
  capacity: problem.capacity.map((row) => Float64Array.from(row, (c, t) => (t % 3 === 0 ? c * factor : c))),
  activities: problem.activities.map((a, j) => ({
    ...a,
    release: a.fixedStart === undefined ? (a.release ?? 0) + ((j * shift) % 3) : a.release,
    modes: a.modes.map((m) => ({
      ...m,
      usage: m.usage.map((u, k) => ({
        ...u,
        amount: zeroOne && j === 0 && k === 0 ? 0 : u.amount * factor,
      })),
    })),
  })),
});

/**
 * A refreshed compile of `next` must equal a full compile of it and solve the same; where the full
 * compile refuses `next` (new releases may make a pin unreachable), the refresh must refuse it alike.
 */
function expectLikeFreshCompile(next: RcpspProblem, refresh: () => CompiledProblem): void {
  let fresh;
  try {
    fresh = compileProblem(next);
  } catch (error) {
    expect(refresh).toThrow((error as Error).message);
    return;
  }
  const refreshed = refresh();
  expect(refreshed).toEqual(fresh);
  expect(solveCompiledRcpsp(refreshed, { schedules: 1, seed: 1 })).toEqual(solveRcpsp(next, { schedules: 1, seed: 1 }));
}

describe('recompileValues (the Monte Carlo path: same structure, new values)', () => {
  it('compiles exactly what a full compile gives, and solves the same (property)', () => {
    fc.assert(
      fc.property(
        problemArb,
        fc.double({ min: 0.25, max: 3, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (problem, factor, shift, zeroOne) => {
          const next = revalued(problem, factor, shift, zeroOne);
          expectLikeFreshCompile(next, () => recompileValues(compileProblem(problem), next));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the field of a bad value', () => {
    const problem: RcpspProblem = {
      horizon: 4,
      capacity: [Float64Array.from([2, 2, 2, 2])],
      activities: [{ modes: [{ duration: 1, usage: [{ resource: 0, amount: 1 }] }], predecessors: [] }],
    };
    const compiled = compileProblem(problem);
    const bad = (amount: number, release?: number): RcpspProblem => ({
      ...problem,
      activities: [
        { ...problem.activities[0], release, modes: [{ duration: 1, usage: [{ resource: 0, amount }] }] },
      ],
    });
    expect(() => recompileValues(compiled, bad(Number.NaN))).toThrow(
      /activities\[0\]\.modes\[0\]\.usage\[0\]\.amount/,
    );
    expect(() => recompileValues(compiled, bad(1, -1))).toThrow(/activities\[0\]\.release/);
    expect(() =>
      recompileValues(compiled, { ...problem, capacity: [Float64Array.from([2, -1, 2, 2])] }),
    ).toThrow(/capacity\[0\]\[1\]/);
  });
});

describe('refreshCompiledValues (the Monte Carlo path without the objects)', () => {
  /** A problem's values in the compiled layout: the amounts it keeps (non-zero), releases, capacity resource-major. */
  const flat = (p: RcpspProblem) => ({
    usageAmount: Float64Array.from(
      p.activities.flatMap((a) => a.modes.flatMap((m) => m.usage.map((u) => u.amount).filter((x) => x > 0))),
    ),
    release: Int32Array.from(p.activities, (a) => a.release ?? 0),
    capacity: Float64Array.from(p.capacity.flatMap((row) => Array.from(row).slice(0, p.horizon))),
  });

  it('gives exactly what a full compile gives, and solves the same (property)', () => {
    fc.assert(
      fc.property(
        problemArb,
        fc.double({ min: 0.25, max: 3, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (problem, factor, shift) => {
          const next = revalued(problem, factor, shift, false);
          const v = flat(next);
          expectLikeFreshCompile(next, () => {
            const refreshed = compileProblem(problem);
            expect(refreshCompiledValues(refreshed, v.usageAmount, v.release, v.capacity)).toBe(true);
            return refreshed;
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a zero amount, a value a compile would refuse, or another layout, and changes nothing', () => {
    const problem: RcpspProblem = {
      horizon: 4,
      capacity: [Float64Array.from([2, 2, 2, 2])],
      activities: [{ modes: [{ duration: 1, usage: [{ resource: 0, amount: 1 }] }], predecessors: [], release: 1 }],
    };
    const compiled = compileProblem(problem);
    const before = structuredClone(compiled);
    const ok = { usageAmount: Float64Array.of(2), release: Int32Array.of(0), capacity: Float64Array.of(3, 3, 3, 3) };
    const refuses = (changes: Partial<typeof ok>) => {
      const v = { ...ok, ...changes };
      expect(refreshCompiledValues(compiled, v.usageAmount, v.release, v.capacity)).toBe(false);
      expect(compiled).toEqual(before);
    };
    refuses({ usageAmount: Float64Array.of(0) });
    refuses({ usageAmount: Float64Array.of(Number.NaN) });
    refuses({ usageAmount: Float64Array.of(Infinity) });
    refuses({ usageAmount: Float64Array.of(1, 1) });
    refuses({ release: Int32Array.of(-1) });
    refuses({ capacity: Float64Array.of(3, -1, 3, 3) });
    refuses({ capacity: Float64Array.of(3, 3, Number.NaN, 3) });
    refuses({ capacity: Float64Array.of(3, 3, 3) });
    expect(refreshCompiledValues(compiled, ok.usageAmount, ok.release, ok.capacity)).toBe(true);
    expect(compiled).toMatchObject({ usageAmount: ok.usageAmount, release: ok.release, capacity: ok.capacity });
  });
});
