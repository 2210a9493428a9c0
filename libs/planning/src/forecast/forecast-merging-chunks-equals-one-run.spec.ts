import fc from 'fast-check';
import { decodePartial, encodePartial } from './partial-codec';
import { forecast, merge } from './merge-partials';
import { prepareForecast, withExtraCapacity } from './forecast-input';
import { createPartial, simulate, simulateInto } from './simulate';
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

  it('do not depend on what was simulated before (calls on one input share its compiled problem)', () => {
    const fresh = prepareForecast({ programme: forecastProgramme() });
    const expected = simulate(fresh, 7, { from: 10, to: 14 });
    // The same chunk after other seeds, ranges and, in between, another input sharing the problem.
    const other = withExtraCapacity(prepared, [
      { disciplineId: prepared.model.supply.disciplineIds[0], hoursPerWeek: 36, from: '2026-03-02' },
    ]);
    simulate(prepared, 3, { from: 0, to: 9 });
    simulate(other, 7, { from: 10, to: 14 });
    for (const p of [simulate(prepared, 7, { from: 10, to: 14 }), simulate(fresh, 7, { from: 10, to: 14 })]) {
      expect(Array.from(p.demand)).toEqual(Array.from(expected.demand));
      expect(Array.from(p.shortfall)).toEqual(Array.from(expected.shortfall));
      expect(Array.from(p.milestoneFinish)).toEqual(Array.from(expected.milestoneFinish));
      expect(Array.from(p.holding)).toEqual(Array.from(expected.holding));
    }
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

  it('fill one partial slice by slice exactly as one call fills it', () => {
    const sliced = createPartial(prepared, 7, { from: 5, to: 12 });
    for (const [from, to] of [
      [5, 6],
      [6, 9],
      [9, 9],
      [9, 12],
    ])
      simulateInto(sliced, prepared, { from, to });
    const whole = simulate(prepared, 7, { from: 5, to: 12 });
    expect(sliced).toEqual(whole);
  });

  it('refuse to fill a partial outside its range or of another input', () => {
    const partial = createPartial(prepared, 7, { from: 5, to: 12 });
    expect(() => simulateInto(partial, prepared, { from: 4, to: 6 })).toThrow(
      /outside the partial's 5\.\.12/,
    );
    expect(() => simulateInto(partial, prepared, { from: 10, to: 13 })).toThrow(/outside/);
    const monthly = prepareForecast({
      programme: forecastProgramme(),
      options: { granularities: ['month'] },
    });
    expect(() => simulateInto(partial, monthly, { from: 5, to: 6 })).toThrow(/different input/);
  });

  describe('kept by month when no weekly figures are asked for', () => {
    const monthly = prepareForecast({
      programme: forecastProgramme(),
      options: { granularities: ['month', 'quarter', 'year'] },
    });
    const byMonth = forecast(monthly, 7, n);

    it('store a quarter of the samples of weeks', () => {
      const weekly = simulate(prepared, 7, { from: 0, to: 2 });
      const months = simulate(monthly, 7, { from: 0, to: 2 });
      expect([weekly.basis, months.basis]).toEqual(['week', 'month']);
      expect(months.periods).toBe(whole.periods.month!.length);
      expect(months.demand.length * 4).toBeLessThan(weekly.demand.length);
    });

    it('give exactly the months, quarters and years of a run kept by week', () => {
      for (const g of ['month', 'quarter', 'year'] as const) {
        expect(byMonth.periods[g]).toEqual(whole.periods[g]);
        expect(byMonth.demand[g]).toEqual(whole.demand[g]);
        expect(byMonth.shortfall[g]).toEqual(whole.shortfall[g]);
        expect(byMonth.capacity[g]).toEqual(whole.capacity[g]);
      }
      expect(byMonth.demand.week).toBeUndefined();
      expect(byMonth.milestones).toEqual(whole.milestones);
    });

    it('merge chunks kept by week (stored before an upgrade) with chunks kept by month', () => {
      const mixed = [simulate(prepared, 7, { from: 0, to: 11 }), simulate(monthly, 7, { from: 11, to: n })];
      expect(JSON.stringify(merge(monthly, mixed))).toBe(JSON.stringify(byMonth));
      expect(() => merge(prepared, [simulate(monthly, 7, { from: 0, to: n })])).toThrow(/sampled by month/);
    });
  });
});
