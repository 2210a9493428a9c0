import type { PeriodAxis } from '../calendar';
import { criticalPath, weeklyDemand, type ProgrammeModel } from '../demand';
import { totalCapacity } from '../supply';
import type { TaskSchedule } from './task-schedule';

export interface ShortfallContributor {
  wijkId: string | null;
  phaseId: string | null;
  phaseName: string | null;
  /** Hours this wijk and phase ask of the discipline in the period's overloaded weeks. */
  hours: number;
}

/** One discipline in one period where demand exceeds capacity, and who asks for it. */
export interface ShortfallExplanation {
  disciplineId: string;
  period: string;
  overloadedWeeks: number;
  demandHours: number;
  capacityHours: number;
  shortfallHours: number;
  /** Largest first. */
  contributors: ShortfallContributor[];
}

const OVERLOAD_EPSILON = 1e-6;
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * For every discipline and period with a shortfall in some week: which wijken and phases ask for
 * the hours in those weeks and how many. Works on any schedule (unconstrained or levelled).
 */
export function explainShortfall(
  model: ProgrammeModel,
  schedule: TaskSchedule,
  capacity: readonly Float64Array[],
  axis: PeriodAxis,
  effort: Float64Array = model.effort,
  maxContributors = 5,
): ShortfallExplanation[] {
  const W = model.weeks;
  const demand = weeklyDemand(model, schedule.starts, schedule.durations, effort);
  const share = model.calendar.share;
  const rows = new Map<string, ShortfallExplanation & { byKey: Map<number, number> }>();
  const overloaded = demand.map((series, d) => {
    const flags = new Uint8Array(W);
    for (let w = 0; w < W; w++) {
      if (series[w] - capacity[d][w] <= OVERLOAD_EPSILON) continue;
      flags[w] = 1;
      const key = `${d}|${axis.firstPeriod[w]}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          disciplineId: model.supply.disciplineIds[d],
          period: axis.labels[axis.firstPeriod[w]],
          overloadedWeeks: 0,
          demandHours: 0,
          capacityHours: 0,
          shortfallHours: 0,
          contributors: [],
          byKey: new Map(),
        };
        rows.set(key, row);
      }
      row.overloadedWeeks++;
      row.demandHours += series[w];
      row.capacityHours += capacity[d][w];
      row.shortfallHours += series[w] - capacity[d][w];
    }
    return flags;
  });
  for (let i = 0; i < schedule.starts.length; i++) {
    const s = schedule.starts[i];
    const dur = schedule.durations[i];
    if (s < 0 || dur <= 0 || effort[i] <= 0) continue;
    const d = model.discipline[i];
    const rate = effort[i] / dur;
    // Contributions are keyed by phase (or by wijk when the task has no phase, −2 − wijk).
    const key = model.phase[i] >= 0 ? model.phase[i] : -2 - model.wijk[i];
    for (let w = s; w < Math.min(W, s + dur); w++) {
      if (!overloaded[d][w]) continue;
      const row = rows.get(`${d}|${axis.firstPeriod[w]}`)!;
      row.byKey.set(key, (row.byKey.get(key) ?? 0) + rate * share[w]);
    }
  }
  const out: ShortfallExplanation[] = [];
  for (const { byKey, ...row } of rows.values()) {
    const contributors = [...byKey.entries()]
      .map(([key, hours]): ShortfallContributor => {
        if (key >= 0) {
          const p = model.phaseKeys[key];
          return { wijkId: p.wijkId, phaseId: p.phaseId, phaseName: p.name, hours: round2(hours) };
        }
        const wijk = -2 - key;
        return {
          wijkId: wijk >= 0 ? model.wijkIds[wijk] : null,
          phaseId: null,
          phaseName: null,
          hours: round2(hours),
        };
      })
      .sort((a, b) => b.hours - a.hours || String(a.wijkId).localeCompare(String(b.wijkId)))
      .slice(0, maxContributors);
    out.push({
      ...row,
      demandHours: round2(row.demandHours),
      capacityHours: round2(row.capacityHours),
      shortfallHours: round2(row.shortfallHours),
      contributors,
    });
  }
  return out.sort((a, b) => b.shortfallHours - a.shortfallHours);
}

/** Who causes the shortfall of the unconstrained plan (every task at its earliest start), per discipline and period. */
export function explainUnconstrainedShortfall(
  model: ProgrammeModel,
  axis: PeriodAxis,
): ShortfallExplanation[] {
  const cpm = criticalPath(model, model.minDuration);
  const capacity = model.supply.disciplineIds.map((_, d) => totalCapacity(model.supply, d));
  return explainShortfall(
    model,
    {
      starts: cpm.earliestStart,
      durations: model.minDuration,
      flexible: new Uint8Array(model.taskIds.length),
    },
    capacity,
    axis,
  );
}
