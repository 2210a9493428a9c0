import type { CalendarOptions, DateString, HorizonSpec } from '../calendar';
import type { Discipline, StaffMember, TurnoverOptions } from '../supply';

/** Optimistic / most likely / pessimistic value (hours for effort, weeks for a start delay). */
export interface ThreePointEstimate {
  optimistic: number;
  likely: number;
  pessimistic: number;
}

export interface Phase {
  id: string;
  name: string;
}

export interface Wijk {
  id: string;
  name: string;
  /** CBS wijk code, e.g. WK036300. */
  code?: string;
  homes?: number;
  isStartwijk?: boolean;
  phases?: Phase[];
}

export interface Dependency {
  taskId: string;
  /** Finish-to-start lag in weeks (≥ 0). */
  lagWeeks?: number;
}

export type TaskStatus = 'planned' | 'in_progress' | 'done';

export interface Task {
  id: string;
  name?: string;
  wijkId?: string;
  phaseId?: string;
  disciplineId: string;
  /** Planned effort in hours (the whole task, also when part is spent). */
  effortHours: number;
  /** Spread of the effort for forecasts; the planned effort is used when absent. */
  estimate?: ThreePointEstimate;
  /** Preferred (shortest) duration in whole weeks, ≥ 1. */
  minDurationWeeks: number;
  /** Longest stretch allowed (default minDurationWeeks). */
  maxDurationWeeks?: number;
  dependencies?: Dependency[];
  earliestStart?: DateString;
  status?: TaskStatus;
  hoursSpent?: number;
  /** A fixed start chosen by a planner: placed first, exactly there. */
  pinnedStart?: DateString;
  /** Delay in weeks before the task can start, sampled in forecasts. */
  startDelay?: ThreePointEstimate;
}

export interface Milestone {
  id: string;
  name: string;
  /** Reached when this task finishes. */
  taskId: string;
  /** The day by which it should be reached. */
  deadline?: DateString;
}

/** Everything the engine needs to plan a programme: plain data, as the API maps it from the database. */
export interface Programme {
  /** The caller's today: unstarted work is not planned before this week. */
  today: DateString;
  horizon: HorizonSpec;
  calendar?: CalendarOptions;
  disciplines: Discipline[];
  staff: StaffMember[];
  wijken: Wijk[];
  tasks: Task[];
  milestones?: Milestone[];
  turnover?: TurnoverOptions;
}
