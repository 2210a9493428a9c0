/** Levelling and advice runs (issue 5): background jobs with the lifecycle of a forecast. */
import type { RunStatus } from './forecasts';

/** What every background run shows while it is queued, running and after it ended. */
export interface RunBase {
  id: string;
  status: RunStatus;
  /** 0–100. */
  progress: number;
  /** Short Dutch text of what the run is doing. */
  phase: string;
  scenarioId: string | null;
  seed: number;
  fingerprint: string;
  requestedBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error?: string;
}

export interface StartedRunResponse {
  id: string;
  status: RunStatus;
  /** True when a run with the same input fingerprint already existed and is reused. */
  reused: boolean;
}

export interface CreateLevellingRunRequest {
  scenarioId?: string;
  /** Same input and seed give the same schedule (default 1). */
  seed?: number;
  /** Schedules the solver may generate (1–5000, default 1000; 1 is one priority-rule pass). */
  schedules?: number;
}

export interface LevelledMilestoneDto {
  milestoneId: string;
  name: string;
  wijkName: string | null;
  deadline: string | null;
  date: string | null;
  lateWeeks: number;
  onTime: boolean;
}

export interface MovedTaskDto {
  taskId: string;
  taskName: string;
  wijkName: string | null;
  fromStart: string;
  toStart: string;
  fromFinish: string;
  toFinish: string;
  /** Weeks the start moved (positive: later). */
  startShiftWeeks: number;
  finishShiftWeeks: number;
}

export interface UnplaceableTaskDto {
  taskId: string;
  taskName: string;
  wijkName: string | null;
  disciplineName: string | null;
  reason: string;
}

export interface OverloadDto {
  disciplineId: string;
  disciplineName: string;
  period: string;
  shortfallHours: number;
  demandHours: number;
  capacityHours: number;
  /** Who asks for the hours: wijk and phase, largest first. */
  contributors: { wijkName: string | null; phaseName: string | null; hours: number }[];
}

export interface LateMilestoneDto {
  milestoneId: string;
  name: string;
  lateWeeks: number;
  /** In plain words: which tasks and disciplines hold it back. */
  explanation: string;
}

/** The levelled schedule of a completed run, in summary; the full schedule is `GET /levelling-runs/{id}/tasks`. */
export interface LevellingResultSummary {
  seed: number;
  schedules: number;
  schedulesEvaluated: number;
  tasks: { total: number; scheduled: number; stretched: number; flexible: number; unplaceable: number };
  /** Friday of the last scheduled week. */
  finish: string | null;
  milestones: LevelledMilestoneDto[];
  unplaceable: UnplaceableTaskDto[];
  /** Disciplines and periods where fixed work (pinned, in progress) still exceeds capacity; at most 100. */
  overloads: OverloadDto[];
  overloadCount: number;
  lateMilestones: LateMilestoneDto[];
  /** Compared with the previous completed levelling of the same plan or scenario; null for the first. */
  comparison: {
    previousRunId: string;
    previousFinishedAt: string;
    /** Largest shift first; at most 200. */
    moved: MovedTaskDto[];
    movedCount: number;
    added: number;
    removed: number;
    unchanged: number;
  } | null;
}

export interface LevellingRun extends RunBase {
  schedules: number;
  previousRunId: string | null;
  result?: LevellingResultSummary;
}

export interface LevelledTaskDto {
  taskId: string;
  taskName: string;
  wijkId: string;
  disciplineId: string;
  start: string;
  finish: string;
  isoWeek: string;
  durationWeeks: number;
  stretched: boolean;
  flexible: boolean;
  weeklyHours: number;
}

export const ADVICE_SCOPES = ['council', 'all'] as const;
/** Which milestones the advice lifts: the council's decisions on the WUP (as the council report), or every milestone with a deadline. */
export type AdviceScope = (typeof ADVICE_SCOPES)[number];

export interface CreateAdviceRunRequest {
  scenarioId?: string;
  seed?: number;
  /** Chance of being on time every milestone should reach (0.5–0.99, default 0.8). */
  targetProbability?: number;
  /** Simulations per evaluation (10–1000, default 200). */
  simulations?: number;
  /** Euros an hour for internal staff; without it the internal cost is not given. */
  internalHourlyRate?: number;
  /** Euros an hour for inhuur (default 110). */
  externalHourlyRate?: number;
  /** Forecast evaluations the search may make (5–200, default 60). */
  maxEvaluations?: number;
  scope?: AdviceScope;
}

export interface AdviceResultSummary {
  reachesTarget: boolean;
  targetProbability: number;
  scope: AdviceScope;
  extra: {
    disciplineId: string;
    disciplineName: string;
    fte: number;
    hoursPerWeek: number;
    from: string;
    yearlyHours: number;
    yearlyCostInternal: number | null;
    yearlyCostExternal: number;
  }[];
  totalFte: number;
  yearlyCostInternal: number | null;
  yearlyCostExternal: number;
  milestones: {
    milestoneId: string;
    name: string;
    wijkName: string | null;
    probabilityBefore: number;
    probabilityAfter: number;
  }[];
  evaluations: number;
  simulations: number;
  note: string;
}

export interface AdviceRun extends RunBase {
  targetProbability: number;
  simulations: number;
  scope: AdviceScope;
  result?: AdviceResultSummary;
}
