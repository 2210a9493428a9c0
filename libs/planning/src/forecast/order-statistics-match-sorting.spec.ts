import fc from 'fast-check';
import { BucketPercentiles } from './order-statistics';

/** Type 7 percentiles of a sorted copy: what counting must equal exactly. */
function bySorting(xs: readonly number[], ps: readonly number[]): number[] {
  const sorted = Float64Array.from(xs).sort();
  return ps.map((p) => {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  });
}

const PS = [0.1, 0.5, 0.8, 0.9];
/** Ascending percentiles in [0, 1], repeats and ends included. */
const percentiles = fc
  .array(fc.oneof(fc.constantFrom(0, 0.1, 0.5, 0.5, 0.9, 1), fc.double({ min: 0, max: 1, noNaN: true })), {
    minLength: 1,
    maxLength: 4,
  })
  .map((ps) => ps.sort((a, b) => a - b));
/** Columns like a forecast's: many repeats (often zero), and now and then a far outlier. */
const columns = fc.oneof(
  fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }),
  fc.array(
    fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 200_000 }).map((u) => u / 100),
    ),
    {
      minLength: 1,
      maxLength: 1200,
    },
  ),
  fc.array(
    fc.oneof(
      fc.integer({ min: 0, max: 10 }),
      fc.constant(1e9),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    ),
    {
      minLength: 1,
      maxLength: 300,
    },
  ),
);

describe('percentiles by counting into buckets', () => {
  it('equal linear interpolation between sorted values, call after call on one instance (property)', () => {
    const selector = new BucketPercentiles(1200);
    fc.assert(
      fc.property(columns, percentiles, (xs, ps) => {
        const values = Float64Array.from(xs);
        const out = new Float64Array(ps.length);
        selector.compute(values, Math.min(...xs), Math.max(...xs), ps, out);
        expect(Array.from(out)).toEqual(bySorting(xs, ps));
        // The column is left as it was.
        expect(Array.from(values)).toEqual(xs);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a column longer than it was made for, or too many percentiles', () => {
    const selector = new BucketPercentiles(4, 2);
    expect(() => selector.compute(new Float64Array(5), 0, 0, PS.slice(0, 2), new Float64Array(2))).toThrow(
      RangeError,
    );
    expect(() => selector.compute(new Float64Array(3), 0, 1, PS, new Float64Array(4))).toThrow(RangeError);
  });
});
