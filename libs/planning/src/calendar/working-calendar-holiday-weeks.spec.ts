import { createWorkingCalendar, workingDaysBetween } from './working-calendar';
import { weekIndexOf } from './horizon';

describe('working days per week, 2025', () => {
  const calendar = createWorkingCalendar(
    { start: '2025-01-01', end: '2025-12-31' },
    { closingDays: ['2025-12-29', '2025-12-30'] },
  );
  const days = (date: string) => calendar.workingDays[weekIndexOf(calendar.horizon, date)];

  it('counts Monday–Friday minus the holidays that fall on weekdays', () => {
    expect(days('2025-01-01')).toBe(4); // Nieuwjaarsdag, Wednesday
    expect(days('2025-04-18')).toBe(5); // Goede Vrijdag not given by default
    expect(days('2025-04-21')).toBe(4); // Tweede Paasdag, Monday
    expect(days('2025-04-26')).toBe(4); // Koningsdag on Saturday 26 April costs no working day; the week still holds Easter Monday
    expect(days('2025-05-05')).toBe(4); // Bevrijdingsdag, Monday
    expect(days('2025-05-29')).toBe(4); // Hemelvaartsdag, Thursday
    expect(days('2025-06-09')).toBe(4); // Tweede Pinksterdag, Monday
    expect(days('2025-12-25')).toBe(3); // both Christmas days, Thursday and Friday
    expect(days('2025-03-12')).toBe(5);
  });

  it("removes the organisation's own closing days", () => {
    expect(days('2025-12-29')).toBe(2); // closing days 29–30 December, Nieuwjaarsdag 2026 on Thursday
    expect(calendar.share[weekIndexOf(calendar.horizon, '2025-12-25')]).toBeCloseTo(0.6, 12);
  });

  it('counts working days in a date range', () => {
    expect(workingDaysBetween(calendar, '2025-04-14', '2025-04-27')).toBe(9);
  });
});
