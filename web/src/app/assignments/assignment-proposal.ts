import type { Task } from '@wijkkracht/contracts';
import { addDays, addWeeks, mondayOf, toDayNumber } from '../ui/iso-date';

export interface AssignmentProposal {
  hoursPerWeek: number;
  startDate: string;
  endDate: string;
}

/**
 * What the board proposes when a task lands on a person: the remaining effort spread evenly over the task's minimum
 * duration, from its pinned or earliest start (never before this week). The team lead can change every figure.
 */
export function proposeAssignment(task: Task, today: string): AssignmentProposal {
  const thisWeek = mondayOf(today);
  const wanted = task.pinnedStart ?? task.earliestStart ?? thisWeek;
  const startDate = toDayNumber(wanted) < toDayNumber(thisWeek) ? thisWeek : wanted;
  const weeks = Math.max(1, task.minDurationWeeks);
  const remaining = Math.max(0, task.effortHours - task.hoursSpent);
  return {
    hoursPerWeek: Math.round((remaining / weeks) * 10) / 10,
    startDate,
    endDate: addDays(addWeeks(startDate, weeks), -1),
  };
}
