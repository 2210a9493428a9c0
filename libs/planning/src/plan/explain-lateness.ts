import { milestoneReachedWeek, type ProgrammeModel } from '../demand';
import { finishOf, precedenceEarliestStart, type TaskSchedule } from './task-schedule';

export interface LateMilestoneLink {
  taskId: string;
  wijkId: string | null;
  phaseId: string | null;
  disciplineId: string;
  startWeek: number;
  finishWeek: number;
  /** Weeks the task waited for capacity after its predecessors allowed it to start. */
  waitedWeeks: number;
}

/** Why a milestone is late: the chain of tasks that determines its date, earliest first. */
export interface LateMilestoneExplanation {
  milestoneId: string;
  lateWeeks: number;
  chain: LateMilestoneLink[];
  /** The discipline whose capacity made the chain wait longest; null when the chain itself is too long. */
  holdingDisciplineId: string | null;
  reason: string;
}

/**
 * Walks back from each late milestone through the predecessor that determined each start, and
 * adds up, per discipline, how long the chain's tasks waited for capacity.
 */
export function explainLateMilestones(
  model: ProgrammeModel,
  schedule: TaskSchedule,
  releaseDelay?: Int32Array | null,
): LateMilestoneExplanation[] {
  const out: LateMilestoneExplanation[] = [];
  for (let k = 0; k < model.milestones.length; k++) {
    const m = model.milestones[k];
    if (m.dueWeek < 0) continue;
    const finish = milestoneReachedWeek(model, k, finishOf(schedule, m.task));
    if (finish >= 0 && finish <= m.dueWeek) continue;
    const lateWeeks = (finish < 0 ? model.weeks : finish) - m.dueWeek;
    if (finish < 0) {
      const root = unschedulableRoot(model, schedule, m.task);
      out.push({
        milestoneId: m.id,
        lateWeeks,
        chain: [],
        holdingDisciplineId: model.supply.disciplineIds[model.discipline[root]],
        reason: `task ${model.taskIds[root]} could not be scheduled within the horizon`,
      });
      continue;
    }
    const { chain, waited } = bindingChain(model, schedule, m.task, releaseDelay);
    let holding = -1;
    for (let d = 0; d < waited.length; d++)
      if (waited[d] > 0 && (holding < 0 || waited[d] > waited[holding])) holding = d;
    const holdingDisciplineId = holding >= 0 ? model.supply.disciplineIds[holding] : null;
    out.push({
      milestoneId: m.id,
      lateWeeks,
      chain,
      holdingDisciplineId,
      reason:
        holding >= 0
          ? `the chain waited ${waited[holding]} week(s) for capacity of ${holdingDisciplineId}`
          : 'the chain of tasks and lags is longer than the time to the deadline',
    });
  }
  return out;
}

/** The discipline that held a late milestone back most, by index (−1 when none waited); for forecasts. */
export function holdingDiscipline(
  model: ProgrammeModel,
  schedule: TaskSchedule,
  task: number,
  releaseDelay?: Int32Array | null,
): number {
  if (schedule.starts[task] < 0) return model.discipline[unschedulableRoot(model, schedule, task)];
  const { waited } = bindingChain(model, schedule, task, releaseDelay, false);
  let holding = -1;
  for (let d = 0; d < waited.length; d++)
    if (waited[d] > 0 && (holding < 0 || waited[d] > waited[holding])) holding = d;
  return holding;
}

function bindingChain(
  model: ProgrammeModel,
  schedule: TaskSchedule,
  last: number,
  releaseDelay?: Int32Array | null,
  withLinks = true,
) {
  const waited = new Float64Array(model.supply.disciplineIds.length);
  const chain: LateMilestoneLink[] = [];
  let at = last;
  for (let guard = 0; at >= 0 && guard <= model.taskIds.length; guard++) {
    const start = schedule.starts[at];
    const es = precedenceEarliestStart(model, schedule, at, releaseDelay);
    const wait = Math.max(0, start - es);
    waited[model.discipline[at]] += wait;
    if (withLinks) {
      chain.push({
        taskId: model.taskIds[at],
        wijkId: model.wijk[at] >= 0 ? model.wijkIds[model.wijk[at]] : null,
        phaseId: model.phase[at] >= 0 ? model.phaseKeys[model.phase[at]].phaseId : null,
        disciplineId: model.supply.disciplineIds[model.discipline[at]],
        startWeek: start,
        finishWeek: start + schedule.durations[at],
        waitedWeeks: wait,
      });
    }
    if (model.fixedStart[at] >= 0) break;
    // Follow the predecessor whose finish set the earliest start, if any did (not the release).
    let next = -1;
    let best = model.release[at] + (releaseDelay ? releaseDelay[at] : 0);
    for (let q = model.predStart[at]; q < model.predStart[at + 1]; q++) {
      const f = finishOf(schedule, model.predTask[q]);
      if (f >= 0 && f + model.predLag[q] >= best && f + model.predLag[q] === es) {
        best = f + model.predLag[q];
        next = model.predTask[q];
      }
    }
    at = next;
  }
  return { chain: chain.reverse(), waited };
}

/** The first task, walking back through unscheduled predecessors, that could not be placed itself. */
function unschedulableRoot(model: ProgrammeModel, schedule: TaskSchedule, task: number): number {
  let at = task;
  for (let guard = 0; guard <= model.taskIds.length; guard++) {
    let next = -1;
    for (let q = model.predStart[at]; q < model.predStart[at + 1] && next < 0; q++) {
      if (schedule.starts[model.predTask[q]] < 0) next = model.predTask[q];
    }
    if (next < 0) return at;
    at = next;
  }
  return at;
}
