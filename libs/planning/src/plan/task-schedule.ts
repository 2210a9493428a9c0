import type { ProgrammeModel } from '../demand';
import type { RcpspResult } from '../levelling';
import type { ProgrammeProblem } from './programme-problem';

/** Where each task runs: start week (−1 when unschedulable), duration and whether it uses flexible capacity. */
export interface TaskSchedule {
  starts: Int32Array;
  durations: Int32Array;
  flexible: Uint8Array;
}

export function scheduleFromResult(pp: ProgrammeProblem, result: RcpspResult): TaskSchedule {
  const n = pp.taskCount;
  const starts = result.starts.slice(0, n);
  const durations = new Int32Array(n);
  const flexible = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const m = result.modes[i];
    durations[i] = pp.modeDuration[pp.modeStart[i] + m];
    flexible[i] = pp.modeFlex[pp.modeStart[i] + m];
  }
  return { starts, durations, flexible };
}

export function finishOf(schedule: TaskSchedule, task: number): number {
  return schedule.starts[task] < 0 ? -1 : schedule.starts[task] + schedule.durations[task];
}

/** The week a task could have started had capacity been unlimited, given where its predecessors ended. */
export function precedenceEarliestStart(
  model: ProgrammeModel,
  schedule: TaskSchedule,
  task: number,
  releaseDelay?: Int32Array | null,
): number {
  if (model.fixedStart[task] >= 0) return model.fixedStart[task];
  let es = model.release[task] + (releaseDelay ? releaseDelay[task] : 0);
  for (let q = model.predStart[task]; q < model.predStart[task + 1]; q++) {
    const f = finishOf(schedule, model.predTask[q]);
    if (f >= 0 && f + model.predLag[q] > es) es = f + model.predLag[q];
  }
  return es;
}
