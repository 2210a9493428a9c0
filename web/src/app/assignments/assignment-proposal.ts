import type { Task } from '@wijkkracht/contracts';
import { addDays, addWeeks, mondayOf, toDayNumber } from '../ui/iso-date';

const FULL_WEEK_HOURS = 36;
const MIN_HOURS_PER_WEEK = 0.5;
const MAX_HOURS_PER_WEEK = 60;

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
  const remaining = Math.max(0, task.effortHours - task.hoursSpent);
  // One person carries at most a full week (36 h): a bigger task is stretched towards its maximum duration.
  const fullTimeWeeks = Math.ceil(remaining / FULL_WEEK_HOURS);
  const weeks = Math.max(1, task.minDurationWeeks, Math.min(task.maxDurationWeeks, fullTimeWeeks));
  const rate = Math.round((remaining / weeks) * 10) / 10;
  return {
    // Within what the API accepts (more than 0, at most 60 hours a week), also for work already done.
    hoursPerWeek: Math.min(MAX_HOURS_PER_WEEK, Math.max(MIN_HOURS_PER_WEEK, rate)),
    startDate,
    endDate: addDays(addWeeks(startDate, weeks), -1),
  };
}
