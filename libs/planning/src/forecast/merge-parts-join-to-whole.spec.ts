import fc from 'fast-check';
import { joinMergeParts, merge, mergeSteps, type MergePart } from './merge-partials';
import { prepareForecast } from './forecast-input';
import { runToEnd } from '../run-to-end';
import { simulate } from './simulate';
import { forecastProgramme } from './forecast.fixture';

describe('a merge in parts', () => {
  it.each([
    ['by week (every granularity a table of its own)', ['week', 'month', 'quarter', 'year'] as const],
    ['by month (quarters and years summed from months)', ['month', 'quarter', 'year'] as const],
  ])(
    '%s: the parts, joined in any order, are the whole merge bit for bit (property)',
    (_name, granularities) => {
      const prepared = prepareForecast({
        programme: forecastProgramme(),
        options: { granularities: [...granularities] },
      });
      const partials = [0, 7, 15].map((from, k, all) =>
        simulate(prepared, 3, { from, to: all[k + 1] ?? 24 }),
      );
      const whole = JSON.stringify(merge(prepared, partials));
      const D = prepared.model.supply.disciplineIds.length;
      fc.assert(
        fc.property(fc.integer({ min: 1, max: D + 2 }), fc.boolean(), (count, reverse) => {
          const parts = Array.from({ length: count }, (_, index) => {
            const part: MergePart = { index, count };
            return { part, result: runToEnd(mergeSteps(prepared, partials, part)) };
          });
          // Each part holds only its own rows and milestones.
          expect(parts.reduce((n, p) => n + p.result.disciplines.length, 0)).toBe(D);
          if (reverse) parts.reverse();
          expect(JSON.stringify(joinMergeParts(parts))).toBe(whole);
        }),
        { numRuns: 8 },
      );
    },
  );

  it('refuses parts missing, doubled or out of range', () => {
    const prepared = prepareForecast({ programme: forecastProgramme() });
    const partials = [simulate(prepared, 3, { from: 0, to: 4 })];
    const part = (index: number, count: number) => ({
      part: { index, count },
      result: runToEnd(mergeSteps(prepared, partials, { index, count })),
    });
    expect(() => joinMergeParts([part(0, 2)])).toThrow(/each of them once/);
    expect(() => joinMergeParts([part(0, 2), part(0, 2)])).toThrow(/each of them once/);
    expect(() => runToEnd(mergeSteps(prepared, partials, { index: 2, count: 2 }))).toThrow(
      /0 ≤ index < count/,
    );
  });
});
