import { toDayNumber } from '../calendar';

/** The part of a plan a diff compares: where each task starts and finishes. */
export interface PlanSnapshot {
  tasks: { taskId: string; start: string; finish: string }[];
}

export interface MovedTask {
  taskId: string;
  fromStart: string;
  toStart: string;
  fromFinish: string;
  toFinish: string;
  /** Weeks the start moved (positive: later). */
  startShiftWeeks: number;
  finishShiftWeeks: number;
}

export interface PlanDiff {
  /** Largest shift first. */
  moved: MovedTask[];
  added: string[];
  removed: string[];
  unchanged: number;
}

/** What changed between two plans, task by task, so a planner reviews moves instead of a new plan. */
export function diffPlans(previous: PlanSnapshot, next: PlanSnapshot): PlanDiff {
  const before = new Map(previous.tasks.map((t) => [t.taskId, t]));
  const moved: MovedTask[] = [];
  const added: string[] = [];
  let unchanged = 0;
  for (const t of next.tasks) {
    const p = before.get(t.taskId);
    if (!p) {
      added.push(t.taskId);
      continue;
    }
    before.delete(t.taskId);
    if (p.start === t.start && p.finish === t.finish) {
      unchanged++;
      continue;
    }
    moved.push({
      taskId: t.taskId,
      fromStart: p.start,
      toStart: t.start,
      fromFinish: p.finish,
      toFinish: t.finish,
      startShiftWeeks: Math.round((toDayNumber(t.start) - toDayNumber(p.start)) / 7),
      finishShiftWeeks: Math.round((toDayNumber(t.finish) - toDayNumber(p.finish)) / 7),
    });
  }
  moved.sort(
    (a, b) => Math.abs(b.startShiftWeeks) - Math.abs(a.startShiftWeeks) || a.taskId.localeCompare(b.taskId),
  );
  return { moved, added, removed: [...before.keys()], unchanged };
}
