import { toDayNumber, weekdayOf, type DateString } from './day-number';
import { dutchPublicHolidays, type HolidayOptions } from './dutch-holidays';
import { createHorizon, type Horizon, type HorizonSpec } from './horizon';
import { partsFromDayNumber } from './day-number';

export interface CalendarOptions {
  holidays?: HolidayOptions;
  /** The organisation's own closing days (e.g. the days between Christmas and New Year). */
  closingDays?: DateString[];
}

/** Working days of every week in a horizon; per-day flags serve leave and period splits. */
export interface WorkingCalendar {
  horizon: Horizon;
  /** 1 when day (firstMonday + i) is a working day; length weeks × 7. */
  workingDay: Uint8Array;
  /** Working days per week, 0–5. */
  workingDays: Uint8Array;
  /** workingDays / 5 per week. */
  share: Float64Array;
}

export function createWorkingCalendar(
  spec: HorizonSpec | Horizon,
  options: CalendarOptions = {},
): WorkingCalendar {
  const horizon = 'firstMonday' in spec ? spec : createHorizon(spec);
  const days = horizon.weeks * 7;
  const workingDay = new Uint8Array(days);
  for (let i = 0; i < days; i++) workingDay[i] = weekdayOf(horizon.firstMonday + i) < 5 ? 1 : 0;
  const off = (dayNumber: number) => {
    const i = dayNumber - horizon.firstMonday;
    if (i >= 0 && i < days) workingDay[i] = 0;
  };
  const firstYear = partsFromDayNumber(horizon.firstMonday).year;
  const lastYear = partsFromDayNumber(horizon.firstMonday + days - 1).year;
  for (let y = firstYear; y <= lastYear; y++) {
    for (const h of dutchPublicHolidays(y, options.holidays)) off(toDayNumber(h.date));
  }
  for (const d of options.closingDays ?? []) off(toDayNumber(d));
  const workingDays = new Uint8Array(horizon.weeks);
  const share = new Float64Array(horizon.weeks);
  for (let w = 0; w < horizon.weeks; w++) {
    let n = 0;
    for (let d = 0; d < 5; d++) n += workingDay[w * 7 + d];
    workingDays[w] = n;
    share[w] = n / 5;
  }
  return { horizon, workingDay, workingDays, share };
}

export function isWorkingDay(calendar: WorkingCalendar, date: DateString): boolean {
  const i = toDayNumber(date) - calendar.horizon.firstMonday;
  return i >= 0 && i < calendar.workingDay.length && calendar.workingDay[i] === 1;
}

/** Working days in [from, to] (inclusive), clipped to the horizon. */
export function workingDaysBetween(calendar: WorkingCalendar, from: DateString, to: DateString): number {
  const a = Math.max(0, toDayNumber(from) - calendar.horizon.firstMonday);
  const b = Math.min(calendar.workingDay.length - 1, toDayNumber(to) - calendar.horizon.firstMonday);
  let n = 0;
  for (let i = a; i <= b; i++) n += calendar.workingDay[i];
  return n;
}
