import fc from 'fast-check';
import { decodePartial, encodePartial } from './partial-codec';
import { concatPartials, forecast, merge } from './merge-partials';
import { prepareForecast } from './forecast-input';
import { simulate } from './simulate';
import { forecastProgramme } from './forecast.fixture';

describe('chunked forecasts', () => {
  const prepared = prepareForecast({ programme: forecastProgramme() });
  const n = 40;
  const whole = forecast(prepared, 7, n);
  const wholeJson = JSON.stringify(whole);

  it('merge any split of 0..n into exactly the result of one run (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: n - 1 }), { maxLength: 6 }),
        fc.boolean(),
        (cuts, shuffle) => {
          const bounds = [0, ...cuts.sort((a, b) => a - b), n];
          const partials = bounds.slice(1).map((to, k) => simulate(prepared, 7, { from: bounds[k], to }));
          if (shuffle) partials.reverse();
          expect(JSON.stringify(merge(prepared, partials))).toBe(wholeJson);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('survives storage as JSON between chunks', () => {
    const stored = [
      simulate(prepared, 7, { from: 0, to: 13 }),
      simulate(prepared, 7, { from: 13, to: n }),
    ].map((p) => JSON.parse(JSON.stringify(encodePartial(p))));
    expect(JSON.stringify(merge(prepared, stored.map(decodePartial)))).toBe(wholeJson);
  });

  it('refuses partials with gaps or overlaps', () => {
    const a = simulate(prepared, 7, { from: 0, to: 5 });
    const b = simulate(prepared, 7, { from: 6, to: 8 });
    expect(() => merge(prepared, [a, b])).toThrow(/without gaps or overlaps/);
    expect(() => merge(prepared, [a, a])).toThrow(/without gaps or overlaps/);
    expect(() => merge(prepared, [b])).toThrow(/from 0/);
  });

  it('join the simulations of one chunk run one at a time', () => {
    const one = concatPartials([5, 6, 7].map((s) => simulate(prepared, 7, { from: s, to: s + 1 })));
    const whole = simulate(prepared, 7, { from: 5, to: 8 });
    expect([one.from, one.to]).toEqual([5, 8]);
    expect(Array.from(one.demand)).toEqual(Array.from(whole.demand));
    expect(Array.from(one.milestoneFinish)).toEqual(Array.from(whole.milestoneFinish));
  });
});
