import type { Task, TaskDependency } from '@wijkkracht/contracts';
import { addWeeks, daysBetween, toDayNumber } from '../ui/iso-date';

/** Where a task sits in the unconstrained plan: first day and the day after its last week. */
export interface ScheduledTask {
  start: string;
  /** Exclusive: the day the successor may start at the earliest (without lag). */
  finish: string;
  durationWeeks: number;
}

export interface EarliestSchedule {
  tasks: Map<string, ScheduledTask>;
  /** Tasks on a dependency cycle (the API refuses cycles; kept so a bad import never hangs the page). */
  cyclic: string[];
}

/**
 * The unconstrained (earliest) plan of design.md: every task at its earliest start that respects its
 * finish-to-start dependencies (critical-path forward pass), lasting its minimum duration. A pinned start or end
 * wins over the computed one, as it does for the leveller. The API has no plan endpoint for tasks, so the web app
 * computes this itself; capacity is ignored on purpose (that is the leveller's job).
 */
export function earliestSchedule(
  tasks: readonly Task[],
  dependencies: readonly TaskDependency[],
  fallbackStart: string,
  /** Work not yet started cannot start in the past: planned tasks start no earlier than this day (today). */
  notBefore?: string,
): EarliestSchedule {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const predecessors = new Map<string, TaskDependency[]>();
  const indegree = new Map<string, number>(tasks.map((task) => [task.id, 0]));
  const successors = new Map<string, string[]>();
  for (const dependency of dependencies) {
    if (!byId.has(dependency.predecessorId) || !byId.has(dependency.successorId)) continue;
    predecessors.set(dependency.successorId, [...(predecessors.get(dependency.successorId) ?? []), dependency]);
    successors.set(dependency.predecessorId, [
      ...(successors.get(dependency.predecessorId) ?? []),
      dependency.successorId,
    ]);
    indegree.set(dependency.successorId, (indegree.get(dependency.successorId) ?? 0) + 1);
  }

  const queue = tasks.filter((task) => indegree.get(task.id) === 0).map((task) => task.id);
  const scheduled = new Map<string, ScheduledTask>();
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const task = byId.get(id) as Task;
    let start = task.earliestStart ?? fallbackStart;
    for (const dependency of predecessors.get(id) ?? []) {
      const before = scheduled.get(dependency.predecessorId);
      if (!before) continue;
      const allowed = addWeeks(before.finish, dependency.lagWeeks);
      if (toDayNumber(allowed) > toDayNumber(start)) start = allowed;
    }
    if (notBefore && task.status === 'planned' && toDayNumber(start) < toDayNumber(notBefore)) start = notBefore;
    if (task.pinnedStart) start = task.pinnedStart;
    let durationWeeks = task.pinnedEnd
      ? Math.max(1, Math.round(daysBetween(start, task.pinnedEnd) / 7))
      : Math.max(1, task.minDurationWeeks);
    // Started work that should have ended already is not done: what is left runs from today at the same pace.
    if (notBefore && task.status === 'in_progress' && !task.pinnedEnd) {
      const finish = addWeeks(start, durationWeeks);
      if (toDayNumber(finish) <= toDayNumber(notBefore)) {
        const left = task.effortHours > 0 ? Math.max(0, 1 - task.hoursSpent / task.effortHours) : 1;
        const remainingWeeks = Math.max(1, Math.ceil(task.minDurationWeeks * left));
        durationWeeks = Math.round(daysBetween(start, addWeeks(notBefore, remainingWeeks)) / 7);
      }
    }
    scheduled.set(id, { start, finish: addWeeks(start, durationWeeks), durationWeeks });
    for (const next of successors.get(id) ?? []) {
      const left = (indegree.get(next) ?? 0) - 1;
      indegree.set(next, left);
      if (left === 0) queue.push(next);
    }
  }
  return { tasks: scheduled, cyclic: tasks.filter((task) => !scheduled.has(task.id)).map((task) => task.id) };
}

/** Why a proposed start and duration would break a dependency, or null when it respects them all. */
export interface DependencyConflict {
  kind: 'predecessor' | 'pinnedSuccessor';
  /** The other task's id. */
  taskId: string;
  /** The date the rule needs: earliest allowed start, or latest allowed finish. */
  limit: string;
}

/**
 * Checks a move or resize against the task's dependencies: it may not start before a predecessor's finish plus lag,
 * and may not finish so late that a successor with a pinned start would have to start before it (unpinned
 * successors simply move along).
 */
export function dependencyConflict(
  taskId: string,
  start: string,
  durationWeeks: number,
  schedule: EarliestSchedule,
  tasks: readonly Task[],
  dependencies: readonly TaskDependency[],
): DependencyConflict | null {
  const finish = addWeeks(start, durationWeeks);
  const byId = new Map(tasks.map((task) => [task.id, task]));
  for (const dependency of dependencies) {
    if (dependency.successorId === taskId) {
      const before = schedule.tasks.get(dependency.predecessorId);
      if (!before) continue;
      const limit = addWeeks(before.finish, dependency.lagWeeks);
      if (toDayNumber(start) < toDayNumber(limit))
        return { kind: 'predecessor', taskId: dependency.predecessorId, limit };
    }
    if (dependency.predecessorId === taskId) {
      const successor = byId.get(dependency.successorId);
      if (!successor?.pinnedStart) continue;
      const limit = addWeeks(successor.pinnedStart, -dependency.lagWeeks);
      if (toDayNumber(finish) > toDayNumber(limit))
        return { kind: 'pinnedSuccessor', taskId: successor.id, limit };
    }
  }
  return null;
}
