import { partsFromDayNumber } from './day-number';
import { isoWeekLabel } from './horizon';
import type { WorkingCalendar } from './working-calendar';

export type Granularity = 'week' | 'month' | 'quarter' | 'year';

export const GRANULARITIES: readonly Granularity[] = ['week', 'month', 'quarter', 'year'];

/**
 * How the weeks of a horizon fall into reporting periods. A week touches at most two periods
 * (a month boundary); its value is split pro rata over the working days on either side.
 */
export interface PeriodAxis {
  granularity: Granularity;
  /** '2026-W02', '2026-01', '2026-Q1' or '2026'. */
  labels: string[];
  /** Period of the week's Monday. */
  firstPeriod: Int32Array;
  /** Weight (days) of the week that falls in firstPeriod; the rest goes to firstPeriod + 1. */
  firstWeight: Uint8Array;
  /** Total weight of the week (> 0). */
  totalWeight: Uint8Array;
}

/** '2027-Q1' for a year and a month 1–12. */
const quarterLabel = (year: number | string, month: number) => `${year}-Q${Math.ceil(month / 3)}`;

function periodKey(granularity: Granularity, dayNumber: number): string {
  const { year, month } = partsFromDayNumber(dayNumber);
  if (granularity === 'month') return `${year}-${String(month).padStart(2, '0')}`;
  if (granularity === 'quarter') return quarterLabel(year, month);
  return String(year);
}

// Axes depend only on the calendar: memoised per calendar object (pure, and freed with it).
const axisCache = new WeakMap<WorkingCalendar, Map<Granularity, PeriodAxis>>();

/** The period axis of a calendar (memoised; treat the result as read-only). */
export function createPeriodAxis(calendar: WorkingCalendar, granularity: Granularity): PeriodAxis {
  let byGranularity = axisCache.get(calendar);
  if (!byGranularity) {
    byGranularity = new Map();
    axisCache.set(calendar, byGranularity);
  }
  let axis = byGranularity.get(granularity);
  if (!axis) {
    axis = buildPeriodAxis(calendar, granularity);
    byGranularity.set(granularity, axis);
  }
  return axis;
}

function buildPeriodAxis(calendar: WorkingCalendar, granularity: Granularity): PeriodAxis {
  const { horizon, workingDay } = calendar;
  const n = horizon.weeks;
  const firstPeriod = new Int32Array(n);
  const firstWeight = new Uint8Array(n);
  const totalWeight = new Uint8Array(n);
  const labels: string[] = [];
  if (granularity === 'week') {
    for (let w = 0; w < n; w++) {
      labels.push(isoWeekLabel(horizon, w));
      firstPeriod[w] = w;
      firstWeight[w] = 1;
      totalWeight[w] = 1;
    }
    return { granularity, labels, firstPeriod, firstWeight, totalWeight };
  }
  for (let w = 0; w < n; w++) {
    const monday = horizon.firstMonday + 7 * w;
    const first = periodKey(granularity, monday);
    if (labels.length === 0 || labels[labels.length - 1] !== first) labels.push(first);
    firstPeriod[w] = labels.length - 1;
    // Split by working days; a week without any (a closed week) splits by weekdays instead.
    let inFirst = 0;
    let total = 0;
    let weekdaysFirst = 0;
    for (let d = 0; d < 7; d++) {
      const same = periodKey(granularity, monday + d) === first;
      const working = workingDay[w * 7 + d];
      total += working;
      if (same) inFirst += working;
      if (d < 5 && same) weekdaysFirst++;
    }
    if (total === 0) {
      inFirst = weekdaysFirst;
      total = 5;
    }
    firstWeight[w] = inFirst;
    totalWeight[w] = total;
    const sundayKey = periodKey(granularity, monday + 6);
    if (sundayKey !== first) labels.push(sundayKey);
  }
  return { granularity, labels, firstPeriod, firstWeight, totalWeight };
}

/**
 * For each period of `fine`, the period of `coarse` that holds it: months in quarters or years,
 * quarters in years. Summing fine periods' aggregated units by this index gives exactly the
 * coarse aggregation, since both split a boundary week by the same working days.
 */
export function nestedPeriodIndex(fine: PeriodAxis, coarse: PeriodAxis): Int32Array {
  const rank = GRANULARITIES.indexOf(fine.granularity);
  if (rank === 0 || rank > GRANULARITIES.indexOf(coarse.granularity)) {
    throw new RangeError(`${fine.granularity}s do not nest in ${coarse.granularity}s`);
  }
  const index = new Map(coarse.labels.map((label, p) => [label, p]));
  return Int32Array.from(fine.labels, (label) => {
    // '2027-03' or '2027-Q1': the year and, for a month, its quarter.
    const year = label.slice(0, 4);
    const month = fine.granularity === 'month' ? Number(label.slice(5, 7)) : 0;
    const key =
      coarse.granularity === 'year'
        ? year
        : coarse.granularity === 'quarter' && month
          ? quarterLabel(year, month)
          : label;
    const p = index.get(key);
    if (p === undefined)
      throw new RangeError(`period ${label} lies outside the ${coarse.granularity}s of the axis`);
    return p;
  });
}

export interface AggregatedSeries {
  labels: string[];
  values: Float64Array;
  /** values in whole units (1 / scale); their sum equals the sum of the rounded weekly units exactly. */
  units: Float64Array;
}

/**
 * Aggregates a weekly series into periods. Values are rounded to whole units (default 0.01 h)
 * and each week's units are split between its two periods with the residue on the second,
 * so Σ periods = Σ weeks exactly in units (integers, exact in doubles up to 2^53).
 */
export function aggregateWeekly(axis: PeriodAxis, series: ArrayLike<number>, scale = 100): AggregatedSeries {
  const units = new Float64Array(axis.labels.length);
  aggregateUnitsInto(axis, series, units, 0, scale);
  const values = new Float64Array(units.length);
  for (let i = 0; i < units.length; i++) values[i] = units[i] / scale;
  return { labels: axis.labels, values, units };
}

/**
 * The allocation-free core of aggregateWeekly for hot loops: adds the series' units into
 * out[offset .. offset + periods) (the caller zeroes it and divides by `scale` when done).
 */
export function aggregateUnitsInto(
  axis: PeriodAxis,
  series: ArrayLike<number>,
  out: Float64Array,
  offset: number,
  scale = 100,
): void {
  const n = Math.min(series.length, axis.firstPeriod.length);
  const { firstPeriod, firstWeight, totalWeight } = axis;
  for (let w = 0; w < n; w++) {
    const u = Math.round(series[w] * scale);
    if (u === 0) continue;
    const p = offset + firstPeriod[w];
    const a = firstWeight[w];
    const t = totalWeight[w];
    if (a === t) {
      out[p] += u;
    } else {
      const first = Math.round((u * a) / t);
      out[p] += first;
      out[p + 1] += u - first;
    }
  }
}

/** Σ of a weekly series in the same units aggregateWeekly conserves. */
export function totalUnits(series: ArrayLike<number>, scale = 100): number {
  let s = 0;
  for (let i = 0; i < series.length; i++) s += Math.round(series[i] * scale);
  return s;
}
