import fc from 'fast-check';
import { createWorkingCalendar } from './working-calendar';
import { aggregateWeekly, createPeriodAxis, totalUnits, type Granularity } from './period-axis';

describe('aggregation of weekly series to months, quarters and years', () => {
  const calendar = createWorkingCalendar(
    { start: '2026-01-01', end: '2031-12-31' },
    { closingDays: ['2027-12-27', '2027-12-28', '2027-12-29', '2027-12-30', '2027-12-31'] },
  );
  const axes = (['week', 'month', 'quarter', 'year'] as Granularity[]).map((g) =>
    createPeriodAxis(calendar, g),
  );

  it('labels the periods of the horizon in order', () => {
    const [, month, quarter, year] = axes;
    expect(month.labels[0]).toBe('2025-12'); // week 2026-W01 starts Monday 29 December 2025
    expect(month.labels.at(-1)).toBe('2032-01');
    expect(quarter.labels.slice(0, 3)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(year.labels).toEqual(['2025', '2026', '2027', '2028', '2029', '2030', '2031', '2032']);
  });

  it('splits a week spanning two months over its working days', () => {
    const month = axes[1];
    const series = new Float64Array(calendar.horizon.weeks);
    series[0] = 10; // 29 Dec 2025 – 4 Jan 2026: Mon–Wed in December, Thu 1 Jan a holiday, Fri in January
    const out = aggregateWeekly(month, series);
    expect(out.values[0]).toBe(7.5);
    expect(out.values[1]).toBe(2.5);
  });

  it('conserves the total exactly for any series (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -500, max: 5000, noNaN: true }), {
          minLength: calendar.horizon.weeks,
          maxLength: calendar.horizon.weeks,
        }),
        fc.constantFrom(...axes),
        (values, axis) => {
          const out = aggregateWeekly(axis, values);
          let sum = 0;
          for (const u of out.units) sum += u;
          expect(sum).toBe(totalUnits(values));
          for (const u of out.units) expect(Number.isInteger(u)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
