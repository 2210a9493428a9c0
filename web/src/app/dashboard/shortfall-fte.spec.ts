import type { HeatMapSlice } from '@wijkkracht/contracts';
import { averageShortfallFte, hoursToFte, monthsBetween, monthsFrom, quarterMonths, weeksInPeriod } from './shortfall-fte';

describe('shortfall in fte', () => {
  it('counts the weeks of a month by its days', () => {
    expect(weeksInPeriod('2027-02')).toBeCloseTo(4);
    expect(weeksInPeriod('2027-03')).toBeCloseTo(31 / 7);
    expect(weeksInPeriod('2027-Q1')).toBeCloseTo(90 / 7);
  });

  it('turns 144 hours in February 2027 into one fte', () => {
    expect(hoursToFte(144, '2027-02')).toBeCloseTo(1);
  });

  it('averages over the quarter and adds the disciplines up, without offsetting', () => {
    const slice: HeatMapSlice = {
      runId: 'r',
      granularity: 'month',
      measure: 'shortfall',
      percentile: 'p50',
      periods: ['2027-01', '2027-02', '2027-03'],
      rows: [
        { disciplineId: 'a', disciplineName: 'A', values: [0, 144, 0], capacity: [0, 0, 0] },
        { disciplineId: 'b', disciplineName: 'B', values: [0, 144, 0], capacity: [0, 0, 0] },
      ],
    };
    expect(averageShortfallFte(slice, ['2027-01', '2027-02', '2027-03'])).toBeCloseTo(2 / 3);
  });

  it('names the months of a quarter and a run of months across a year end', () => {
    expect(quarterMonths('2026-11-25')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsFrom('2026-11-25', 3)).toEqual(['2026-11', '2026-12', '2027-01']);
  });

  it('counts the months from today to a forecast horizon, both ends included', () => {
    expect(monthsBetween('2026-11-25', '2027-01-31')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthsBetween('2026-11-25', '2051-10-31')).toHaveLength(300);
    expect(monthsBetween('2026-11-25', '2026-10-31')).toEqual([]);
  });
});
