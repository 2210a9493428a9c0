import { toDateString, toDayNumber, weekdayOf, type DateString } from './day-number';
import { formatIsoWeek, isoWeekOfDay, mondayDayOfIsoWeek, parseIsoWeek } from './iso-week';

/** A run of whole ISO weeks; week index 0 is the week holding `start`. */
export interface Horizon {
  /** Day number of the Monday of week 0. */
  firstMonday: number;
  weeks: number;
}

export interface HorizonSpec {
  /** A date or an ISO week ('2026-W02'): the first week. */
  start: string;
  /** A date or an ISO week: the last week included (e.g. '2050-12-31'). */
  end: string;
}

function mondayOf(value: string): number {
  if (value.includes('W')) {
    const w = parseIsoWeek(value);
    return mondayDayOfIsoWeek(w.year, w.week);
  }
  const day = toDayNumber(value);
  return day - weekdayOf(day);
}

export function createHorizon(spec: HorizonSpec): Horizon {
  const firstMonday = mondayOf(spec.start);
  const lastMonday = mondayOf(spec.end);
  if (lastMonday < firstMonday)
    throw new RangeError(`horizon end ${spec.end} lies before its start ${spec.start}`);
  return { firstMonday, weeks: (lastMonday - firstMonday) / 7 + 1 };
}

/** Week index of a date; may be negative or ≥ weeks when the date lies outside the horizon. */
export function weekIndexOf(horizon: Horizon, date: DateString): number {
  return Math.floor((toDayNumber(date) - horizon.firstMonday) / 7);
}

export function weekIndexOfDay(horizon: Horizon, dayNumber: number): number {
  return Math.floor((dayNumber - horizon.firstMonday) / 7);
}

export function mondayOfWeekIndex(horizon: Horizon, week: number): DateString {
  return toDateString(horizon.firstMonday + 7 * week);
}

/** The Friday of a week: the last working day a task running through that week can finish on. */
export function fridayOfWeekIndex(horizon: Horizon, week: number): DateString {
  return toDateString(horizon.firstMonday + 7 * week + 4);
}

export function isoWeekLabel(horizon: Horizon, week: number): string {
  return formatIsoWeek(isoWeekOfDay(horizon.firstMonday + 7 * week));
}

export function weekLabels(horizon: Horizon): string[] {
  const labels: string[] = new Array(horizon.weeks);
  for (let w = 0; w < horizon.weeks; w++) labels[w] = isoWeekLabel(horizon, w);
  return labels;
}
