import fc from 'fast-check';
import { toDateString, toDayNumber, weekdayOf } from './day-number';
import { formatIsoWeek, isoWeekOf, mondayOfIsoWeek, parseIsoWeek } from './iso-week';
import { createHorizon, isoWeekLabel, mondayOfWeekIndex, weekIndexOf } from './horizon';

describe('ISO weeks', () => {
  it('puts New Year into the week of its Thursday', () => {
    expect(formatIsoWeek(isoWeekOf('2026-01-01'))).toBe('2026-W01');
    expect(formatIsoWeek(isoWeekOf('2021-01-03'))).toBe('2020-W53');
    expect(formatIsoWeek(isoWeekOf('2024-12-30'))).toBe('2025-W01');
    expect(mondayOfIsoWeek(2026, 1)).toBe('2025-12-29');
    expect(mondayOfIsoWeek(2020, 53)).toBe('2020-12-28');
  });

  it('rejects weeks and dates that do not exist', () => {
    expect(() => mondayOfIsoWeek(2025, 53)).toThrow(RangeError);
    expect(() => parseIsoWeek('2025-13')).toThrow(RangeError);
    expect(() => toDayNumber('2025-02-29')).toThrow(RangeError);
  });

  it('round-trips every day between 1990 and 2100 through its ISO week', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2100-12-31') }), (day) => {
        const date = toDateString(day);
        expect(toDayNumber(date)).toBe(day);
        const week = isoWeekOf(date);
        const monday = toDayNumber(mondayOfIsoWeek(week.year, week.week));
        expect(weekdayOf(monday)).toBe(0);
        expect(day - monday).toBe(weekdayOf(day));
        expect(parseIsoWeek(formatIsoWeek(week))).toEqual(week);
      }),
    );
  });

  it('indexes a horizon from its start week to 2050', () => {
    const h = createHorizon({ start: '2026-01-07', end: '2050-12-31' });
    expect(mondayOfWeekIndex(h, 0)).toBe('2026-01-05');
    expect(isoWeekLabel(h, 0)).toBe('2026-W02');
    expect(isoWeekLabel(h, h.weeks - 1)).toBe('2050-W52');
    expect(weekIndexOf(h, '2026-01-12')).toBe(1);
    expect(weekIndexOf(h, '2026-01-04')).toBe(-1);
    expect(h.weeks).toBeGreaterThan(1290);
  });
});
