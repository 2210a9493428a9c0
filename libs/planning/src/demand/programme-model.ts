import {
  createWorkingCalendar,
  isValidDateString,
  toDayNumber,
  weekIndexOf,
  type WorkingCalendar,
} from '../calendar';
import { buildSupply, type SupplyModel } from '../supply';
import type { Programme, ThreePointEstimate } from './programme';
import { ProgrammeInputError, type ProgrammeInputIssue } from './programme-input-error';

export interface MilestoneModel {
  id: string;
  name: string;
  task: number;
  deadline?: string;
  /** The finish (exclusive week index) by which the milestone is on time; −1 without a deadline. */
  dueWeek: number;
}

/**
 * A programme compiled to indices and typed arrays: the form every computation works on.
 * Built once per input; forecasts vary efforts and capacities on top of it.
 */
export interface ProgrammeModel {
  programme: Programme;
  calendar: WorkingCalendar;
  supply: SupplyModel;
  weeks: number;
  todayWeek: number;
  taskIds: string[];
  taskIndex: Map<string, number>;
  discipline: Int32Array;
  /** Remaining effort in hours (planned effort minus hours spent; 0 when done). */
  effort: Float64Array;
  /** Remaining share of the task (for scaling its three-point estimate). */
  remaining: Float64Array;
  minDuration: Int32Array;
  maxDuration: Int32Array;
  release: Int32Array;
  /** Fixed start week (pinned, in progress, done) or −1. */
  fixedStart: Int32Array;
  done: Uint8Array;
  /** Predecessors in CSR form: predecessors of i are predTask[predStart[i] .. predStart[i+1]). */
  predStart: Int32Array;
  predTask: Int32Array;
  predLag: Int32Array;
  succStart: Int32Array;
  succTask: Int32Array;
  succLag: Int32Array;
  /** Tasks in an order where every predecessor comes first. */
  topo: Int32Array;
  /** Index into wijkIds, or −1. */
  wijk: Int32Array;
  /** Index into phaseKeys, or −1. */
  phase: Int32Array;
  wijkIds: string[];
  phaseKeys: { wijkId: string; phaseId: string; name: string }[];
  /** Three-point effort estimates scaled to the remaining work; low = mode = high when absent. */
  effortLow: Float64Array;
  effortMode: Float64Array;
  effortHigh: Float64Array;
  delayLow: Float64Array;
  delayMode: Float64Array;
  delayHigh: Float64Array;
  hasDelay: Uint8Array;
  milestones: MilestoneModel[];
}

/** A week index within 0..weeks. */
const clampWeek = (w: number, weeks: number) => Math.max(0, Math.min(weeks, w));

const isNonNegative = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

function checkEstimate(
  e: ThreePointEstimate | undefined,
  field: string,
  issues: ProgrammeInputIssue[],
): void {
  if (!e) return;
  if (
    ![e.optimistic, e.likely, e.pessimistic].every(isNonNegative) ||
    !(e.optimistic <= e.likely && e.likely <= e.pessimistic)
  ) {
    issues.push({ field, rule: 'ordered-estimate', message: 'needs 0 ≤ optimistic ≤ likely ≤ pessimistic' });
  }
}

/** Validates and compiles a programme; throws ProgrammeInputError naming every broken rule. */
export function compileProgramme(programme: Programme): ProgrammeModel {
  const issues: ProgrammeInputIssue[] = [];
  const fail = (field: string, rule: string, message: string) => issues.push({ field, rule, message });
  if (!isValidDateString(programme.today)) fail('today', 'date', 'must be a date YYYY-MM-DD');
  const disciplineIndex = new Map<string, number>();
  programme.disciplines.forEach((d, i) => {
    if (disciplineIndex.has(d.id)) fail(`disciplines[${i}].id`, 'unique', `duplicate discipline ${d.id}`);
    disciplineIndex.set(d.id, i);
  });
  const held = new Set<string>();
  for (const s of programme.staff) {
    held.add(s.disciplineId);
    if (s.secondaryDisciplineId) held.add(s.secondaryDisciplineId);
  }
  const wijkIndex = new Map(programme.wijken.map((w, i) => [w.id, i]));
  const phaseKeys: ProgrammeModel['phaseKeys'] = [];
  const phaseIndex = new Map<string, number>();
  for (const w of programme.wijken) {
    for (const p of w.phases ?? []) {
      phaseIndex.set(`${w.id}\u0000${p.id}`, phaseKeys.length);
      phaseKeys.push({ wijkId: w.id, phaseId: p.id, name: p.name });
    }
  }
  const tasks = programme.tasks;
  const n = tasks.length;
  const taskIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const t = tasks[i];
    if (taskIndex.has(t.id)) fail(`tasks[${i}].id`, 'unique', `duplicate task id ${t.id}`);
    taskIndex.set(t.id, i);
  }
  for (let i = 0; i < n; i++) {
    const t = tasks[i];
    const f = `tasks[${i}]`;
    if (!disciplineIndex.has(t.disciplineId))
      fail(
        `${f}.disciplineId`,
        'known-discipline',
        `task ${t.id} asks for unknown discipline ${JSON.stringify(t.disciplineId)}`,
      );
    else if (t.effortHours > 0 && !held.has(t.disciplineId)) {
      fail(
        `${f}.disciplineId`,
        'held-by-staff',
        `task ${t.id} needs discipline ${t.disciplineId}, which no staff member holds`,
      );
    }
    if (!isNonNegative(t.effortHours))
      fail(
        `${f}.effortHours`,
        'non-negative',
        `task ${t.id} has effort ${t.effortHours}; effort must be a number ≥ 0`,
      );
    // Only a task without effort (a checkpoint) may take no time at all.
    const minWeeks = t.effortHours > 0 ? 1 : 0;
    if (!Number.isInteger(t.minDurationWeeks) || t.minDurationWeeks < minWeeks) {
      fail(
        `${f}.minDurationWeeks`,
        `integer-at-least-${minWeeks}`,
        `task ${t.id} needs a whole number of weeks ≥ ${minWeeks}`,
      );
    }
    if (
      t.maxDurationWeeks !== undefined &&
      (!Number.isInteger(t.maxDurationWeeks) || t.maxDurationWeeks < t.minDurationWeeks)
    ) {
      fail(
        `${f}.maxDurationWeeks`,
        'integer-at-least-min',
        `task ${t.id}: maximum duration must be a whole number ≥ the minimum`,
      );
    }
    if (t.wijkId !== undefined && !wijkIndex.has(t.wijkId))
      fail(`${f}.wijkId`, 'known-wijk', `task ${t.id} names unknown wijk ${t.wijkId}`);
    if (
      t.phaseId !== undefined &&
      t.wijkId !== undefined &&
      wijkIndex.has(t.wijkId) &&
      !phaseIndex.has(`${t.wijkId}\u0000${t.phaseId}`)
    ) {
      fail(
        `${f}.phaseId`,
        'known-phase',
        `task ${t.id} names phase ${t.phaseId}, which wijk ${t.wijkId} does not have`,
      );
    }
    const dependencies = t.dependencies ?? [];
    for (let j = 0; j < dependencies.length; j++) {
      const d = dependencies[j];
      if (!taskIndex.has(d.taskId))
        fail(
          `${f}.dependencies[${j}].taskId`,
          'known-task',
          `task ${t.id} depends on unknown task ${d.taskId}`,
        );
      if (d.taskId === t.id)
        fail(`${f}.dependencies[${j}].taskId`, 'acyclic', `task ${t.id} depends on itself`);
      if (d.lagWeeks !== undefined && !(Number.isInteger(d.lagWeeks) && d.lagWeeks >= 0)) {
        fail(
          `${f}.dependencies[${j}].lagWeeks`,
          'integer-non-negative',
          'lag must be a whole number of weeks ≥ 0',
        );
      }
    }
    for (const key of ['earliestStart', 'pinnedStart'] as const) {
      if (t[key] !== undefined && !isValidDateString(t[key]))
        fail(`${f}.${key}`, 'date', 'must be a date YYYY-MM-DD');
    }
    checkEstimate(t.estimate, `${f}.estimate`, issues);
    checkEstimate(t.startDelay, `${f}.startDelay`, issues);
    if (t.hoursSpent !== undefined && !isNonNegative(t.hoursSpent))
      fail(`${f}.hoursSpent`, 'non-negative', 'hours spent must be ≥ 0');
  }
  (programme.milestones ?? []).forEach((m, i) => {
    if (!taskIndex.has(m.taskId))
      fail(`milestones[${i}].taskId`, 'known-task', `milestone ${m.id} names unknown task ${m.taskId}`);
    if (m.deadline !== undefined && !isValidDateString(m.deadline))
      fail(`milestones[${i}].deadline`, 'date', 'must be a date YYYY-MM-DD');
  });
  if (issues.length) throw new ProgrammeInputError(issues);

  // Build predecessor lists; done tasks neither wait nor hold anyone up.
  const done = new Uint8Array(n);
  for (let i = 0; i < n; i++) done[i] = tasks[i].status === 'done' ? 1 : 0;
  const predStart = new Int32Array(n + 1);
  const predTaskList: number[] = [];
  const predLagList: number[] = [];
  for (let i = 0; i < n; i++) {
    predStart[i] = predTaskList.length;
    if (done[i]) continue;
    // Work already under way no longer waits for its predecessors.
    if (tasks[i].status === 'in_progress') continue;
    for (const d of tasks[i].dependencies ?? []) {
      const p = taskIndex.get(d.taskId) as number;
      if (done[p]) continue;
      predTaskList.push(p);
      predLagList.push(d.lagWeeks ?? 0);
    }
  }
  predStart[n] = predTaskList.length;
  const predTask = Int32Array.from(predTaskList);
  const predLag = Int32Array.from(predLagList);
  const succCount = new Int32Array(n + 1);
  for (const p of predTask) succCount[p + 1]++;
  for (let i = 0; i < n; i++) succCount[i + 1] += succCount[i];
  const succStart = Int32Array.from(succCount);
  const fillAt = Int32Array.from(succCount);
  const succTask = new Int32Array(predTask.length);
  const succLag = new Int32Array(predTask.length);
  for (let i = 0; i < n; i++) {
    for (let k = predStart[i]; k < predStart[i + 1]; k++) {
      const p = predTask[k];
      succTask[fillAt[p]] = i;
      succLag[fillAt[p]++] = predLag[k];
    }
  }
  const topo = topologicalOrder(
    n,
    predStart,
    predTask,
    succStart,
    succTask,
    tasks.map((t) => t.id),
  );

  const calendar = createWorkingCalendar(programme.horizon, programme.calendar);
  const supply = buildSupply(calendar, programme.disciplines, programme.staff);
  const weeks = calendar.horizon.weeks;
  const todayWeek = Math.max(0, Math.min(weeks - 1, weekIndexOf(calendar.horizon, programme.today)));

  const discipline = new Int32Array(n);
  const effort = new Float64Array(n);
  const remaining = new Float64Array(n);
  const minDuration = new Int32Array(n);
  const maxDuration = new Int32Array(n);
  const release = new Int32Array(n);
  const fixedStart = new Int32Array(n).fill(-1);
  const wijk = new Int32Array(n).fill(-1);
  const phase = new Int32Array(n).fill(-1);
  const effortLow = new Float64Array(n);
  const effortMode = new Float64Array(n);
  const effortHigh = new Float64Array(n);
  const delayLow = new Float64Array(n);
  const delayMode = new Float64Array(n);
  const delayHigh = new Float64Array(n);
  const hasDelay = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tasks[i];
    discipline[i] = disciplineIndex.get(t.disciplineId) as number;
    if (t.wijkId !== undefined) wijk[i] = wijkIndex.get(t.wijkId) as number;
    if (t.wijkId !== undefined && t.phaseId !== undefined)
      phase[i] = phaseIndex.get(`${t.wijkId}\u0000${t.phaseId}`) as number;
    const spent = Math.min(t.hoursSpent ?? 0, t.effortHours);
    const share = done[i] ? 0 : t.effortHours > 0 ? (t.effortHours - spent) / t.effortHours : 1;
    remaining[i] = share;
    effort[i] = t.effortHours * share;
    const est = t.estimate ?? {
      optimistic: t.effortHours,
      likely: t.effortHours,
      pessimistic: t.effortHours,
    };
    effortLow[i] = est.optimistic * share;
    effortMode[i] = est.likely * share;
    effortHigh[i] = est.pessimistic * share;
    if (t.startDelay && t.status !== 'in_progress' && !done[i]) {
      hasDelay[i] = 1;
      delayLow[i] = t.startDelay.optimistic;
      delayMode[i] = t.startDelay.likely;
      delayHigh[i] = t.startDelay.pessimistic;
    }
    const minD = t.minDurationWeeks;
    const maxD = t.maxDurationWeeks ?? minD;
    if (done[i]) {
      minDuration[i] = 0;
      maxDuration[i] = 0;
      fixedStart[i] = todayWeek;
      release[i] = todayWeek;
    } else if (t.status === 'in_progress') {
      // The rest of the work runs from today, over the rest of its duration.
      minDuration[i] = Math.max(Math.min(1, minD), Math.ceil(minD * share - 1e-9));
      maxDuration[i] = Math.max(minDuration[i], Math.ceil(maxD * share - 1e-9));
      fixedStart[i] = todayWeek;
      release[i] = todayWeek;
    } else {
      minDuration[i] = minD;
      maxDuration[i] = maxD;
      const earliest = t.earliestStart ? clampWeek(weekIndexOf(calendar.horizon, t.earliestStart), weeks) : 0;
      release[i] = Math.max(todayWeek, earliest);
      if (t.pinnedStart) {
        fixedStart[i] = clampWeek(weekIndexOf(calendar.horizon, t.pinnedStart), weeks);
        release[i] = fixedStart[i];
      }
    }
  }
  checkPinsAfterPredecessors(
    programme,
    topo,
    predStart,
    predTask,
    predLag,
    release,
    fixedStart,
    minDuration,
    weeks,
  );
  const milestones: MilestoneModel[] = (programme.milestones ?? []).map((m) => ({
    id: m.id,
    name: m.name,
    task: taskIndex.get(m.taskId) as number,
    deadline: m.deadline,
    dueWeek: m.deadline ? Math.floor((toDayNumber(m.deadline) - calendar.horizon.firstMonday) / 7) + 1 : -1,
  }));
  return {
    programme,
    calendar,
    supply,
    weeks,
    todayWeek,
    taskIds: tasks.map((t) => t.id),
    taskIndex,
    discipline,
    effort,
    remaining,
    minDuration,
    maxDuration,
    release,
    fixedStart,
    done,
    predStart,
    predTask,
    predLag,
    succStart,
    succTask,
    succLag,
    topo,
    wijk,
    phase,
    wijkIds: programme.wijken.map((w) => w.id),
    phaseKeys,
    effortLow,
    effortMode,
    effortHigh,
    delayLow,
    delayMode,
    delayHigh,
    hasDelay,
    milestones,
  };
}

/** Kahn's algorithm; on a cycle, names the tasks that form one. */
function topologicalOrder(
  n: number,
  predStart: Int32Array,
  predTask: Int32Array,
  succStart: Int32Array,
  succTask: Int32Array,
  ids: string[],
): Int32Array {
  const indegree = new Int32Array(n);
  for (let i = 0; i < n; i++) indegree[i] = predStart[i + 1] - predStart[i];
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) order[tail++] = i;
  while (head < tail) {
    const i = order[head++];
    for (let k = succStart[i]; k < succStart[i + 1]; k++) {
      if (--indegree[succTask[k]] === 0) order[tail++] = succTask[k];
    }
  }
  if (tail === n) return order;
  // Walk predecessors among the unsorted tasks until one repeats: that loop is a cycle.
  let at = indegree.findIndex((d) => d > 0);
  const seenAt = new Map<number, number>();
  const path: number[] = [];
  while (!seenAt.has(at)) {
    seenAt.set(at, path.length);
    path.push(at);
    for (let k = predStart[at]; k < predStart[at + 1]; k++) {
      if (indegree[predTask[k]] > 0) {
        at = predTask[k];
        break;
      }
    }
  }
  const cycle = path.slice(seenAt.get(at)).reverse();
  const names = [...cycle, cycle[0]].map((i) => ids[i]).join(' → ');
  throw new ProgrammeInputError([
    { field: `tasks[${cycle[0]}].dependencies`, rule: 'acyclic', message: `dependency cycle: ${names}` },
  ]);
}

/** A pin before its predecessors can possibly finish is a contradiction the planner must resolve. */
function checkPinsAfterPredecessors(
  programme: Programme,
  topo: Int32Array,
  predStart: Int32Array,
  predTask: Int32Array,
  predLag: Int32Array,
  release: Int32Array,
  fixedStart: Int32Array,
  minDuration: Int32Array,
  weeks: number,
): void {
  const finish = new Int32Array(topo.length);
  const issues: ProgrammeInputIssue[] = [];
  for (const i of topo) {
    let es = release[i];
    let from = -1;
    for (let q = predStart[i]; q < predStart[i + 1]; q++) {
      const t = finish[predTask[q]] + predLag[q];
      if (t > es) {
        es = t;
        from = predTask[q];
      }
    }
    if (
      fixedStart[i] >= 0 &&
      programme.tasks[i].pinnedStart !== undefined &&
      es > fixedStart[i] &&
      from >= 0
    ) {
      issues.push({
        field: `tasks[${i}].pinnedStart`,
        rule: 'after-predecessors',
        message: `task ${programme.tasks[i].id} is pinned to ${programme.tasks[i].pinnedStart}, before its predecessor ${programme.tasks[from].id} can finish`,
      });
    }
    if (fixedStart[i] >= 0 && fixedStart[i] + minDuration[i] > weeks) {
      const pinned = programme.tasks[i].pinnedStart !== undefined;
      issues.push({
        field: `tasks[${i}].${pinned ? 'pinnedStart' : 'status'}`,
        rule: 'within-horizon',
        message: `task ${programme.tasks[i].id} is fixed to start in week ${fixedStart[i]} and would run past the end of the horizon`,
      });
    }
    finish[i] = (fixedStart[i] >= 0 ? fixedStart[i] : es) + minDuration[i];
  }
  if (issues.length) throw new ProgrammeInputError(issues);
}
