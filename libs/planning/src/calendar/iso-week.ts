import {
  dayNumberFromParts,
  partsFromDayNumber,
  toDateString,
  toDayNumber,
  weekdayOf,
  type DateString,
} from './day-number';

/** An ISO-8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export interface IsoWeek {
  year: number;
  week: number;
}

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

export function isoWeekOfDay(dayNumber: number): IsoWeek {
  const thursday = dayNumber - weekdayOf(dayNumber) + 3;
  const year = partsFromDayNumber(thursday).year;
  return { year, week: Math.floor((thursday - dayNumberFromParts(year, 1, 1)) / 7) + 1 };
}

export function isoWeekOf(date: DateString): IsoWeek {
  return isoWeekOfDay(toDayNumber(date));
}

export function mondayDayOfIsoWeek(year: number, week: number): number {
  const jan4 = dayNumberFromParts(year, 1, 4);
  return jan4 - weekdayOf(jan4) + 7 * (week - 1);
}

export function weeksInIsoYear(year: number): number {
  return isoWeekOfDay(dayNumberFromParts(year, 12, 28)).week;
}

export function mondayOfIsoWeek(year: number, week: number): DateString {
  if (!Number.isInteger(week) || week < 1 || week > weeksInIsoYear(year)) {
    throw new RangeError(`ISO year ${year} has no week ${week}`);
  }
  return toDateString(mondayDayOfIsoWeek(year, week));
}

export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Parses 'YYYY-Www' (e.g. '2026-W02'); throws a RangeError for anything else. */
export function parseIsoWeek(label: string): IsoWeek {
  const m = WEEK_PATTERN.exec(label);
  if (!m) throw new RangeError(`not an ISO week in the form YYYY-Www: ${JSON.stringify(label)}`);
  const year = Number(m[1]);
  const week = Number(m[2]);
  mondayOfIsoWeek(year, week);
  return { year, week };
}
