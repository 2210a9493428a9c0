import type { HeatMapSlice } from '@wijkkracht/contracts';

/** 36 hours a week is one fte under the CAO Gemeenten. */
const HOURS_PER_FTE_WEEK = 36;

/** Weeks in a period label: a month (2027-03) by its days, a quarter (2027-Q1) by its months, a year by 52.18. */
export function weeksInPeriod(label: string): number {
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate() / 7;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) {
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return [0, 1, 2].reduce((sum, i) => sum + weeksInPeriod(`${quarter[1]}-${String(first + i).padStart(2, '0')}`), 0);
  }
  if (/^\d{4}-W\d{2}$/.test(label)) return 1;
  return 365.25 / 7;
}

/** Hours in a period as the fte that would carry them: hours / (36 × weeks in the period). */
export function hoursToFte(hours: number, period: string): number {
  return hours / (HOURS_PER_FTE_WEEK * weeksInPeriod(period));
}

/** Each discipline's values in fte, period by period. */
export function sliceInFte(slice: HeatMapSlice): { name: string; values: number[]; capacity: number[] }[] {
  return slice.rows.map((row) => ({
    name: row.disciplineName,
    values: row.values.map((hours, i) => hoursToFte(hours, slice.periods[i] as string)),
    capacity: row.capacity.map((hours, i) => hoursToFte(hours, slice.periods[i] as string)),
  }));
}

/** The fte short on average over the given periods, summed over the disciplines (shortfalls never offset). */
export function averageShortfallFte(slice: HeatMapSlice, periods: readonly string[]): number {
  const indices = periods.map((p) => slice.periods.indexOf(p)).filter((i) => i >= 0);
  if (indices.length === 0) return 0;
  const total = slice.rows.reduce(
    (sum, row) => sum + indices.reduce((inner, i) => inner + hoursToFte(row.values[i] ?? 0, slice.periods[i] as string), 0),
    0,
  );
  return total / indices.length;
}

/** The month labels (YYYY-MM) of the quarter holding the date. */
export function quarterMonths(iso: string): string[] {
  const year = iso.slice(0, 4);
  const first = Math.floor((Number(iso.slice(5, 7)) - 1) / 3) * 3 + 1;
  return [0, 1, 2].map((i) => `${year}-${String(first + i).padStart(2, '0')}`);
}

/** `count` month labels from the month holding the date. */
export function monthsFrom(iso: string, count: number): string[] {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const m = month + i;
    return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

/** The month labels (YYYY-MM) from the month holding `from` up to and including the month holding `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const count = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  return count > 0 ? monthsFrom(from, count) : [];
}
