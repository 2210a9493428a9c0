import fc from 'fast-check';
import { percentilesInPlace } from './order-statistics';

describe('percentiles by selection', () => {
  it('equal linear interpolation between sorted values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }), (xs) => {
        const ps = [0.1, 0.5, 0.8, 0.9];
        const sorted = Float64Array.from(xs).sort();
        const expected = ps.map((p) => {
          const h = (sorted.length - 1) * p;
          const lo = Math.floor(h);
          const hi = Math.min(sorted.length - 1, lo + 1);
          return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        });
        const out = new Float64Array(4);
        percentilesInPlace(Float64Array.from(xs), ps, out);
        expect(Array.from(out)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
