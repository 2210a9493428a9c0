import { createWorkingCalendar, weekIndexOf } from '../calendar';
import { staffWeeklyHours } from './staff-hours';
import type { StaffMember } from './staff-member';

describe('programme hours of one person per week, hand-computed', () => {
  const calendar = createWorkingCalendar({ start: '2025-01-01', end: '2026-06-30' });
  const member: StaffMember = {
    id: 'anna',
    disciplineId: 'participatie',
    contractHours: 36,
    programmeShare: 0.8,
    start: '2025-01-15',
    fundedUntil: '2025-12-31',
    leave: [
      { from: '2025-03-10', to: '2025-03-12' },
      { from: '2025-03-21', to: '2025-03-21', fraction: 0.5 },
    ],
  };
  const hours = staffWeeklyHours(calendar, member);
  const week = (date: string) => hours[weekIndexOf(calendar.horizon, date)];
  // 36 h × 0.8 = 28.8 h in a full week, 5.76 h a working day.

  it('gives a full week 28.8 hours', () => expect(week('2025-02-03')).toBeCloseTo(28.8, 10));
  it('is zero before the contract starts and counts a first part week', () => {
    expect(week('2025-01-06')).toBe(0);
    expect(week('2025-01-15')).toBeCloseTo(3 * 5.76, 10); // starts on Wednesday
  });
  it('drops Easter Monday 2025; Koningsdag on Saturday 26 April costs nothing extra', () => {
    expect(week('2025-04-21')).toBeCloseTo(4 * 5.76, 10);
    expect(week('2025-04-28')).toBeCloseTo(5 * 5.76, 10);
  });
  it('drops Hemelvaartsdag, Tweede Pinksterdag and both Christmas days', () => {
    expect(week('2025-05-29')).toBeCloseTo(4 * 5.76, 10);
    expect(week('2025-06-09')).toBeCloseTo(4 * 5.76, 10);
    expect(week('2025-12-24')).toBeCloseTo(3 * 5.76, 10);
  });
  it('subtracts leave days and half days', () => {
    expect(week('2025-03-10')).toBeCloseTo(2 * 5.76, 10);
    expect(week('2025-03-21')).toBeCloseTo(4.5 * 5.76, 10);
  });
  it('ends when the funding ends on 31 December 2025', () => {
    expect(week('2025-12-29')).toBeCloseTo(3 * 5.76, 10); // Mon–Wed funded, 1 January a holiday
    expect(week('2026-01-05')).toBe(0);
  });
  it('drops Koningsdag on Monday 27 April 2026 for an open contract', () => {
    const open = staffWeeklyHours(calendar, {
      id: 'bob',
      disciplineId: 'x',
      contractHours: 32,
      programmeShare: 1,
    });
    expect(open[weekIndexOf(calendar.horizon, '2026-04-27')]).toBeCloseTo(32 * 0.8, 10);
  });
});
