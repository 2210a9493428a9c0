import { totalCapacity } from '../supply';
import { criticalPath, type CriticalPath } from './critical-path';
import type { ProgrammeModel } from './programme-model';
import { gapAndShortfall, weeklyDemand } from './weekly-demand';

export interface MilestoneDate {
  milestoneId: string;
  /** Exclusive finish week of the milestone's task; −1 when it could not be placed. */
  finishWeek: number;
  dueWeek: number;
  /** Weeks past the deadline (0 when on time or without a deadline). */
  lateWeeks: number;
}

/** Every task at its earliest start (the forward pass), with the demand it asks and the gap to capacity. */
export interface UnconstrainedPlan {
  cpm: CriticalPath;
  durations: Int32Array;
  demand: Float64Array[];
  capacity: Float64Array[];
  gap: Float64Array[];
  shortfall: Float64Array[];
  milestones: MilestoneDate[];
}

/**
 * The week a milestone counts as reached: its task's finish, except that finished work (status
 * done, date unknown) counts as reached in time — by today, or by its deadline if that has passed.
 */
export function milestoneReachedWeek(model: ProgrammeModel, milestone: number, finish: number): number {
  const m = model.milestones[milestone];
  if (!model.done[m.task]) return finish;
  return m.dueWeek >= 0 ? Math.min(model.todayWeek, m.dueWeek) : model.todayWeek;
}

export function milestoneDates(model: ProgrammeModel, finishOf: (task: number) => number): MilestoneDate[] {
  return model.milestones.map((m, k) => {
    const finishWeek = milestoneReachedWeek(model, k, finishOf(m.task));
    const lateWeeks =
      m.dueWeek >= 0 && (finishWeek < 0 || finishWeek > m.dueWeek)
        ? (finishWeek < 0 ? model.weeks : finishWeek) - m.dueWeek
        : 0;
    return { milestoneId: m.id, finishWeek, dueWeek: m.dueWeek, lateWeeks };
  });
}

export function unconstrainedPlan(model: ProgrammeModel): UnconstrainedPlan {
  const durations = model.minDuration;
  const cpm = criticalPath(model, durations);
  const demand = weeklyDemand(model, cpm.earliestStart, durations);
  const capacity = model.supply.disciplineIds.map((_, d) => totalCapacity(model.supply, d));
  const { gap, shortfall } = gapAndShortfall(demand, capacity);
  return {
    cpm,
    durations,
    demand,
    capacity,
    gap,
    shortfall,
    milestones: milestoneDates(model, (t) => cpm.earliestFinish[t]),
  };
}
