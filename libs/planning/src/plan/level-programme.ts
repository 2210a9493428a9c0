import {
  createPeriodAxis,
  fridayOfWeekIndex,
  isoWeekLabel,
  mondayOfWeekIndex,
  weekLabels,
  type Granularity,
} from '../calendar';
import { compileProgramme, milestoneDates, type Programme, type ProgrammeModel } from '../demand';
import { solveRcpspSteps, type RcpspResult, type SearchProgress } from '../levelling';
import { runToEnd } from '../run-to-end';
import { totalCapacity } from '../supply';
import { diffPlans, type PlanDiff, type PlanSnapshot } from './diff-plans';
import { explainLateMilestones, type LateMilestoneExplanation } from './explain-lateness';
import { explainShortfall, type ShortfallExplanation } from './explain-shortfall';
import { buildProgrammeProblem, type ProgrammeProblem } from './programme-problem';
import { scheduleFromResult, type TaskSchedule } from './task-schedule';

export interface LevelOptions {
  /** Schedules the solver may generate (default 1000; 1 is a single priority-rule pass). */
  schedules?: number;
  seed?: number;
  /** The plan of record to compare with. */
  previous?: PlanSnapshot;
  /** Periods for the overload explanations (default month). */
  granularity?: Granularity;
}

export interface LevelledTask {
  taskId: string;
  startWeek: number;
  /** Exclusive. */
  finishWeek: number;
  /** ISO week label of the first week, e.g. '2026-W07'. */
  isoWeek: string;
  /** Monday of the first week. */
  start: string;
  /** Friday of the last week. */
  finish: string;
  durationWeeks: number;
  /** Runs longer than its preferred duration at a lower weekly rate. */
  stretched: boolean;
  /** Draws on the discipline's flexible pool (staff with it as secondary discipline). */
  flexible: boolean;
  /** Hours a full working week. */
  weeklyHours: number;
}

export interface LevelledMilestone {
  milestoneId: string;
  name: string;
  deadline: string | null;
  /** The Friday of the week it is reached; null when its task could not be scheduled. */
  date: string | null;
  finishWeek: number;
  lateWeeks: number;
  onTime: boolean;
}

/** A levelled plan as plain data (JSON-serialisable), with its explanations. */
export interface LevelledPlan {
  tasks: LevelledTask[];
  unschedulable: { taskId: string; reason: string }[];
  milestones: LevelledMilestone[];
  /** Exclusive week index after the last scheduled task, and its Friday. */
  finishWeek: number;
  finish: string | null;
  /** Disciplines and periods where fixed (pinned, in-progress) work still exceeds capacity. */
  overloads: ShortfallExplanation[];
  lateness: LateMilestoneExplanation[];
  diff: PlanDiff | null;
  schedulesEvaluated: number;
}

/** The plan plus the solver-level view, for callers that keep computing on it. */
export interface LevelOutcome {
  plan: LevelledPlan;
  model: ProgrammeModel;
  problem: ProgrammeProblem;
  result: RcpspResult;
  schedule: TaskSchedule;
}

export function levelModel(model: ProgrammeModel, options: LevelOptions = {}): LevelOutcome {
  return runToEnd(levelModelSteps(model, options));
}

/**
 * `levelModel` step by step: yields the search's progress after each schedule it evaluates (about
 * 20 ms each on a large gemeente, 1,000 by default) and returns what `levelModel` returns, so a
 * worker levels in slices that yield to its event loop and reports progress between them.
 */
export function* levelModelSteps(
  model: ProgrammeModel,
  options: LevelOptions = {},
): Generator<SearchProgress, LevelOutcome, void> {
  const problem = buildProgrammeProblem(model);
  const result = yield* solveRcpspSteps(problem.problem, {
    schedules: options.schedules ?? 1000,
    seed: options.seed ?? 1,
  });
  const schedule = scheduleFromResult(problem, result);
  const { horizon } = model.calendar;
  const tasks: LevelledTask[] = [];
  const { isoWeeks, mondays, fridays } = weekNames(model);
  let finishWeek = 0;
  for (let i = 0; i < problem.taskCount; i++) {
    const s = schedule.starts[i];
    if (s < 0) continue;
    const d = schedule.durations[i];
    finishWeek = Math.max(finishWeek, s + d);
    tasks.push({
      taskId: model.taskIds[i],
      startWeek: s,
      finishWeek: s + d,
      isoWeek: isoWeeks[s],
      start: mondays[s],
      finish: fridays[Math.max(s, s + d - 1)],
      durationWeeks: d,
      stretched: d > model.minDuration[i],
      flexible: schedule.flexible[i] === 1,
      weeklyHours: d > 0 ? Math.round((model.effort[i] / d) * 100) / 100 : 0,
    });
  }
  const unschedulable = result.unschedulable
    .filter((u) => u.activity < problem.taskCount)
    .map((u) => ({ taskId: model.taskIds[u.activity], reason: domainReason(model, problem, u.reason) }));
  const milestones = milestoneDates(model, (t) =>
    schedule.starts[t] < 0 ? -1 : schedule.starts[t] + schedule.durations[t],
  ).map((m, k): LevelledMilestone => ({
    milestoneId: m.milestoneId,
    name: model.milestones[k].name,
    deadline: model.milestones[k].deadline ?? null,
    date: m.finishWeek < 0 ? null : fridayOfWeekIndex(horizon, Math.max(0, m.finishWeek - 1)),
    finishWeek: m.finishWeek,
    lateWeeks: m.lateWeeks,
    onTime: m.finishWeek >= 0 && m.lateWeeks === 0,
  }));
  const capacity = model.supply.disciplineIds.map((_, d) => totalCapacity(model.supply, d));
  const axis = createPeriodAxis(model.calendar, options.granularity ?? 'month');
  const plan: LevelledPlan = {
    tasks,
    unschedulable,
    milestones,
    finishWeek,
    finish: tasks.length ? fridayOfWeekIndex(horizon, Math.max(0, finishWeek - 1)) : null,
    overloads: explainShortfall(model, schedule, capacity, axis),
    lateness: explainLateMilestones(model, schedule),
    diff: null,
    schedulesEvaluated: result.schedulesEvaluated,
  };
  if (options.previous) plan.diff = diffPlans(options.previous, plan);
  return { plan, model, problem, result, schedule };
}

// Labels per week, once per model rather than date arithmetic for each of thousands of tasks.
const weekNameCache = new WeakMap<
  ProgrammeModel,
  { isoWeeks: string[]; mondays: string[]; fridays: string[] }
>();

function weekNames(model: ProgrammeModel): { isoWeeks: string[]; mondays: string[]; fridays: string[] } {
  let names = weekNameCache.get(model);
  if (!names) {
    const { horizon } = model.calendar;
    names = {
      isoWeeks: weekLabels(horizon),
      mondays: new Array(model.weeks),
      fridays: new Array(model.weeks),
    };
    for (let w = 0; w < model.weeks; w++) {
      names.mondays[w] = mondayOfWeekIndex(horizon, w);
      names.fridays[w] = fridayOfWeekIndex(horizon, w);
    }
    weekNameCache.set(model, names);
  }
  return names;
}

/** Levels a programme: resource-constrained start weeks per task, explained in domain terms. */
export function levelProgramme(programme: Programme, options: LevelOptions = {}): LevelledPlan {
  return levelModel(compileProgramme(programme), options).plan;
}

/** Rewrites the solver's activity, resource and period numbers into task ids, disciplines and ISO weeks. */
function domainReason(model: ProgrammeModel, pp: ProgrammeProblem, reason: string): string {
  const D = model.supply.disciplineIds.length;
  const resourceName = (r: number): string => {
    if (r < D) return `discipline ${model.supply.disciplineIds[r]}`;
    const d = pp.flexResource.indexOf(r);
    return d >= 0 ? `the flexible pool of ${model.supply.disciplineIds[d]}` : `resource ${r}`;
  };
  return reason
    .replace(/activity (\d+)/g, (_, a) => `task ${model.taskIds[Number(a)] ?? a}`)
    .replace(/resource (\d+)/g, (_, r) => resourceName(Number(r)))
    .replace(
      /the horizon \((\d+)\)/g,
      () => `the horizon (${isoWeekLabel(model.calendar.horizon, model.weeks - 1)})`,
    )
    .replace(/period (\d+)/g, (_, p) => `week ${isoWeekLabel(model.calendar.horizon, Number(p))}`)
    .replace(/per period/g, 'hours a full week');
}
