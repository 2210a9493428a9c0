import { forecast } from './merge-partials';
import { prepareForecast } from './forecast-input';
import { simulate } from './simulate';
import { forecastProgramme } from './forecast.fixture';

describe('seeded forecasts', () => {
  it('give the same result for the same input and seed, bit for bit', () => {
    const a = simulate({ programme: forecastProgramme() }, 11, { from: 0, to: 25 });
    const b = simulate({ programme: forecastProgramme() }, 11, { from: 0, to: 25 });
    expect(Buffer.from(a.demand.buffer).equals(Buffer.from(b.demand.buffer))).toBe(true);
    expect(Buffer.from(a.shortfall.buffer).equals(Buffer.from(b.shortfall.buffer))).toBe(true);
    expect(Array.from(a.milestoneFinish)).toEqual(Array.from(b.milestoneFinish));
    expect(JSON.stringify(forecast({ programme: forecastProgramme() }, 11, 25))).toBe(
      JSON.stringify(forecast({ programme: forecastProgramme() }, 11, 25)),
    );
  });

  it('never delay work past a pinned successor', () => {
    const programme = forecastProgramme();
    // noord-avonden carries a start delay of up to 6 weeks; its successor is pinned right after it.
    programme.tasks = programme.tasks.map((t) =>
      t.id === 'noord-concept'
        ? { ...t, dependencies: [{ taskId: 'noord-avonden' }], pinnedStart: '2026-03-30' }
        : t,
    );
    const result = forecast({ programme }, 4, 30);
    expect(result.milestones).toHaveLength(2);
  });

  it('differ for another seed', () => {
    const prepared = prepareForecast({ programme: forecastProgramme() });
    expect(JSON.stringify(forecast(prepared, 1, 25).demand)).not.toBe(
      JSON.stringify(forecast(prepared, 2, 25).demand),
    );
  });

  it('report ordered percentiles, milestone chances and plain JSON data', () => {
    const result = forecast(
      { programme: forecastProgramme(), options: { granularities: ['month', 'year'] } },
      3,
      60,
    );
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(Object.keys(result.demand)).toEqual(['month', 'year']);
    const month = result.demand.month!;
    for (let d = 0; d < result.disciplines.length; d++) {
      month.p10[d].forEach((v, p) => {
        expect(v).toBeLessThanOrEqual(month.p50[d][p]);
        expect(month.p50[d][p]).toBeLessThanOrEqual(month.p80[d][p]);
        expect(month.p80[d][p]).toBeLessThanOrEqual(month.p90[d][p]);
      });
    }
    for (const m of result.milestones) {
      expect(m.probabilityOnTime).toBeGreaterThanOrEqual(0);
      expect(m.probabilityOnTime).toBeLessThanOrEqual(1);
      expect(m.p50! <= m.p80! && m.p80! <= m.p90!).toBe(true);
    }
  });

  it('sees milestones slip when the technical adviser works fewer hours', () => {
    const full = forecast({ programme: forecastProgramme() }, 5, 60);
    const half = forecast({ programme: forecastProgramme({ adviserHours: 20 }) }, 5, 60);
    const chance = (r: typeof full) => r.milestones.reduce((s, m) => s + m.probabilityOnTime, 0);
    expect(chance(half)).toBeLessThan(chance(full));
    expect(half.milestones.some((m) => m.heldBackBy.some((h) => h.disciplineId === 'tech'))).toBe(true);
  });

  it('reject unknown options by field and rule', () => {
    expect(() =>
      forecast({ programme: forecastProgramme(), options: { distribution: 'beta' as 'pert' } }, 1, 2),
    ).toThrow(expect.objectContaining({ field: 'options.distribution', rule: 'one-of' }));
  });
});
