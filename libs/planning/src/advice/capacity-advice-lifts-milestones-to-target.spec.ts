import { forecast, prepareForecast, withExtraCapacity } from '../forecast';
import { forecastProgramme } from '../forecast/forecast.fixture';
import { adviseCapacity } from './capacity-advice';

describe('hiring advice', () => {
  const prepared = prepareForecast({
    programme: forecastProgramme({ adviserHours: 20 }),
    options: { turnover: false },
  });
  const options = { targetProbability: 0.8, internalHourlyRate: 80, simulations: 40, seed: 9 };
  const advice = adviseCapacity(prepared, options);

  it('adds technical capacity from today plus its 20-week hiring lead time, and reaches the target', () => {
    expect(advice.reachesTarget).toBe(true);
    const tech = advice.extra.find((e) => e.disciplineId === 'tech');
    expect(tech).toBeDefined();
    expect(tech!.from).toBe('2026-05-25');
    expect(Number.isInteger(Math.round(tech!.fte * 10))).toBe(true);
    for (const m of advice.milestones) expect(m.probabilityAfter).toBeGreaterThanOrEqual(0.8);
    expect(advice.milestones.some((m) => m.probabilityBefore < 0.8)).toBe(true);
  });

  it('prices the extra fte a year at internal and inhuur rates (1,872 h an fte)', () => {
    for (const e of advice.extra) {
      expect(e.hoursPerWeek).toBeCloseTo(e.fte * 36, 6);
      expect(e.yearlyCostInternal).toBe(Math.round(Math.round(e.fte * 1872) * 80));
      expect(e.yearlyCostExternal).toBe(Math.round(Math.round(e.fte * 1872) * 110));
    }
  });

  it('is confirmed by a forecast with the advised capacity, and 0.1 fte less in any discipline falls short', () => {
    const check = (extra: { disciplineId: string; hoursPerWeek: number; from: string }[]) =>
      forecast(withExtraCapacity(prepared, extra), 9, 40).milestones.every((m) => m.probabilityOnTime >= 0.8);
    expect(check(advice.extra)).toBe(true);
    for (const e of advice.extra) {
      const less = advice.extra.map((x) => (x === e ? { ...x, hoursPerWeek: x.hoursPerWeek - 3.6 } : x));
      expect(check(less)).toBe(false);
    }
  });

  it('says so when no amount of staff can make a deadline', () => {
    const programme = forecastProgramme();
    programme.milestones = programme.milestones!.map((m) => ({ ...m, deadline: '2026-02-27' }));
    const hopeless = adviseCapacity(
      { programme, options: { turnover: false } },
      { ...options, simulations: 10 },
    );
    expect(hopeless.reachesTarget).toBe(false);
    expect(hopeless.note).toMatch(/too long for the deadlines|not reached/);
  });

  it('rejects a target outside (0, 1] by field and rule', () => {
    expect(() => adviseCapacity(prepared, { ...options, targetProbability: 1.5 })).toThrow(
      expect.objectContaining({ field: 'targetProbability', rule: 'range-0-1' }),
    );
  });
});
