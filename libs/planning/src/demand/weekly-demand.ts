import type { ProgrammeModel } from './programme-model';

/**
 * Hours asked per discipline and week when task i runs weeks [start, start + duration) at
 * effort / duration hours a full week, pro-rated by the week's working days.
 */
export function weeklyDemand(
  model: ProgrammeModel,
  starts: Int32Array,
  durations: Int32Array,
  effort: Float64Array = model.effort,
  out?: Float64Array[],
): Float64Array[] {
  const weeks = model.weeks;
  const disciplines = model.supply.disciplineIds.length;
  const demand = out ?? Array.from({ length: disciplines }, () => new Float64Array(weeks + 1));
  for (const series of demand) series.fill(0);
  const n = starts.length;
  // Difference arrays: one add at the start and one subtract at the finish per task.
  for (let i = 0; i < n; i++) {
    const s = starts[i];
    const d = durations[i];
    if (s < 0 || d <= 0 || effort[i] <= 0 || s >= weeks) continue;
    const rate = effort[i] / d;
    const series = demand[model.discipline[i]];
    series[s] += rate;
    series[Math.min(weeks, s + d)] -= rate;
  }
  const share = model.calendar.share;
  for (const series of demand) {
    let running = 0;
    for (let w = 0; w < weeks; w++) {
      running += series[w];
      // Floating residue of the add/subtract pairs must not show up as phantom demand.
      const v = running * share[w];
      series[w] = v > 1e-7 ? v : 0;
    }
    series[weeks] = 0;
  }
  return demand.map((s) => (s.length === weeks ? s : s.subarray(0, weeks)));
}

export interface GapSeries {
  /** Demand − capacity (primary plus flexible) per discipline and week. */
  gap: Float64Array[];
  /** The positive part of the gap. */
  shortfall: Float64Array[];
}

export function gapAndShortfall(
  demand: readonly Float64Array[],
  capacity: readonly Float64Array[],
): GapSeries {
  const gap: Float64Array[] = [];
  const shortfall: Float64Array[] = [];
  for (let r = 0; r < demand.length; r++) {
    const d = demand[r];
    const c = capacity[r];
    const g = new Float64Array(d.length);
    const s = new Float64Array(d.length);
    for (let w = 0; w < d.length; w++) {
      const v = d[w] - c[w];
      g[w] = v;
      s[w] = v > 0 ? v : 0;
    }
    gap.push(g);
    shortfall.push(s);
  }
  return { gap, shortfall };
}
