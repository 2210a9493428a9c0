import type { ProgrammeModel } from '../demand';
import type { RcpspActivity, RcpspProblem } from '../levelling';

/** Capacity standing in for "unlimited" in weeks without working days (nobody works, nothing is asked). */
const CLOSED_WEEK_CAPACITY = 1e12;
/** At most this many durations between the shortest and the longest per task, to keep the search small. */
const MAX_STRETCH_MODES = 3;

/**
 * A programme as the solver sees it. Weeks are periods; each discipline is a resource and its
 * flexible pool (when anyone offers it) another. Capacity and usage are in full-week hours: a
 * week with fewer working days has its capacity divided by its working-day share, which keeps a
 * task's rate constant while the hours it actually asks follow the working days.
 * Activities 0..n−1 are the tasks, n.. the milestones (zero duration, due by their deadline).
 */
export interface ProgrammeProblem {
  problem: RcpspProblem;
  taskCount: number;
  /** Resource index of each discipline's flexible pool, or −1. */
  flexResource: Int32Array;
  /** Modes of task i are modeStart[i] .. modeStart[i+1]−1 (flat, to spare thousands of tiny arrays). */
  modeStart: Int32Array;
  modeDuration: Int32Array;
  /** 1 when the mode shares the work with the flexible pool. */
  modeFlex: Uint8Array;
  /** The mutable usage entries of task i (usageStart[i] ..): amount = effort / divisor, to vary efforts per simulation. */
  usageStart: Int32Array;
  usageEntry: { amount: number }[];
  usageDivisor: Float64Array;
}

/** The k-th of `count` durations spread evenly from min to max (count = distinct durations). */
function stretchCount(min: number, max: number): number {
  return max <= min ? 1 : Math.min(MAX_STRETCH_MODES, max - min + 1);
}

function stretchDuration(min: number, max: number, k: number, count: number): number {
  return count === 1 ? min : Math.round(min + ((max - min) * k) / (count - 1));
}

export function normalisedCapacity(
  model: ProgrammeModel,
  hours: Float64Array,
  into: Float64Array = new Float64Array(model.weeks),
): Float64Array {
  const share = model.calendar.share;
  for (let w = 0; w < model.weeks; w++) into[w] = share[w] > 0 ? hours[w] / share[w] : CLOSED_WEEK_CAPACITY;
  return into;
}

export function buildProgrammeProblem(model: ProgrammeModel): ProgrammeProblem {
  const D = model.supply.disciplineIds.length;
  const n = model.taskIds.length;
  const capacity: Float64Array[] = [];
  for (let d = 0; d < D; d++) capacity.push(normalisedCapacity(model, model.supply.capacity[d]));
  const flexResource = new Int32Array(D).fill(-1);
  for (let d = 0; d < D; d++) {
    if (model.supply.flexible[d].some((h) => h > 0)) {
      flexResource[d] = capacity.length;
      capacity.push(normalisedCapacity(model, model.supply.flexible[d]));
    }
  }
  const activities: RcpspActivity[] = new Array(n);
  const modeStart = new Int32Array(n + 1);
  const durationsOut: number[] = [];
  const flexOut: number[] = [];
  const usageStart = new Int32Array(n + 1);
  const usageEntry: { amount: number }[] = [];
  const usageDivisorOut: number[] = [];
  // Share of a shared mode's hours asked of the primary pool: its part of the two pools' hours.
  const primaryShare = new Float64Array(D);
  for (let d = 0; d < D; d++) {
    let own = 0;
    let flex = 0;
    for (let w = 0; w < model.weeks; w++) {
      own += model.supply.capacity[d][w];
      flex += model.supply.flexible[d][w];
    }
    primaryShare[d] = own + flex > 0 ? Math.min(0.95, Math.max(0.05, own / (own + flex))) : 1;
  }
  for (let i = 0; i < n; i++) {
    const d = model.discipline[i];
    const done = model.fixedStart[i] >= 0 && model.done[i];
    const minD = done ? 0 : model.minDuration[i];
    const maxD = done ? 0 : model.maxDuration[i];
    const count = stretchCount(minD, maxD);
    const modes: RcpspActivity['modes'] = [];
    modeStart[i] = durationsOut.length;
    usageStart[i] = usageEntry.length;
    for (let k = 0; k < count; k++) {
      const duration = stretchDuration(minD, maxD, k, count);
      const rate = duration > 0 ? model.effort[i] / duration : 0;
      const primary = { resource: d, amount: rate };
      modes.push({ duration, usage: duration > 0 ? [primary] : [] });
      durationsOut.push(duration);
      flexOut.push(0);
      if (duration > 0) {
        usageEntry.push(primary);
        usageDivisorOut.push(duration);
      }
      // At the preferred pace only (fewer modes keep a solver pass fast enough for Monte Carlo),
      // a mode that shares the work with the flexible pool, in proportion to the two pools' hours.
      if (flexResource[d] >= 0 && k === 0 && duration > 0) {
        const share = primaryShare[d];
        const own = { resource: d, amount: rate * share };
        const helped = { resource: flexResource[d], amount: rate * (1 - share) };
        modes.push({ duration, usage: [own, helped] });
        durationsOut.push(duration);
        flexOut.push(1);
        usageEntry.push(own, helped);
        usageDivisorOut.push(duration / share, duration / (1 - share));
      }
    }
    const predecessors: RcpspActivity['predecessors'] = [];
    for (let q = model.predStart[i]; q < model.predStart[i + 1]; q++)
      predecessors.push({ activity: model.predTask[q], lag: model.predLag[q] });
    const activity: RcpspActivity = { modes, predecessors, release: model.release[i] };
    if (model.fixedStart[i] >= 0) activity.fixedStart = model.fixedStart[i];
    activities[i] = activity;
  }
  modeStart[n] = durationsOut.length;
  usageStart[n] = usageEntry.length;
  for (const m of model.milestones) {
    const activity: RcpspActivity = {
      modes: [{ duration: 0, usage: [] }],
      predecessors: [{ activity: m.task, lag: 0 }],
      release: 0,
    };
    if (m.dueWeek >= 0) activity.dueDate = m.dueWeek;
    activities.push(activity);
  }
  return {
    problem: { horizon: model.weeks, capacity, activities },
    taskCount: n,
    flexResource,
    modeStart,
    modeDuration: Int32Array.from(durationsOut),
    modeFlex: Uint8Array.from(flexOut),
    usageStart,
    usageEntry,
    usageDivisor: Float64Array.from(usageDivisorOut),
  };
}

/**
 * One simulation's values in the solver's compiled layout (refreshCompiledValues): an amount per
 * usage entry (tasks in order, modes in order), a release per activity (milestones stay at 0) and
 * the capacity resource-major, with a view of each resource's row.
 */
export interface SimulationValues {
  usageAmount: Float64Array;
  release: Int32Array;
  capacity: Float64Array;
  capacityRows: Float64Array[];
}

export function createSimulationValues(pp: ProgrammeProblem): SimulationValues {
  const { horizon, capacity, activities } = pp.problem;
  const flat = new Float64Array(capacity.length * horizon);
  return {
    usageAmount: new Float64Array(pp.usageEntry.length),
    release: new Int32Array(activities.length),
    capacity: flat,
    capacityRows: capacity.map((_, r) => flat.subarray(r * horizon, (r + 1) * horizon)),
  };
}

/**
 * Writes one simulation's values: each task's weekly rate from its effort (hours), its release
 * (the model's plus a sampled start delay) and the capacities (hours a week per discipline and
 * flexible pool).
 */
export function writeSimulationValues(
  pp: ProgrammeProblem,
  model: ProgrammeModel,
  effort: Float64Array,
  delay: Int32Array | null,
  capacity: readonly Float64Array[],
  flexible: readonly Float64Array[],
  into: SimulationValues,
): void {
  const { usageStart, usageDivisor } = pp;
  for (let i = 0; i < pp.taskCount; i++) {
    const e = effort[i];
    for (let u = usageStart[i]; u < usageStart[i + 1]; u++) into.usageAmount[u] = e / usageDivisor[u];
    into.release[i] = Math.min(model.weeks, model.release[i] + (delay ? delay[i] : 0));
  }
  for (let d = 0; d < capacity.length; d++) {
    normalisedCapacity(model, capacity[d], into.capacityRows[d]);
    const f = pp.flexResource[d];
    if (f >= 0) normalisedCapacity(model, flexible[d], into.capacityRows[f]);
  }
}

/** Puts one simulation's values into the problem's objects, for a compile from them. */
export function setProblemValues(pp: ProgrammeProblem, values: SimulationValues): void {
  const { activities, capacity } = pp.problem;
  for (let u = 0; u < pp.usageEntry.length; u++) pp.usageEntry[u].amount = values.usageAmount[u];
  for (let i = 0; i < pp.taskCount; i++) activities[i].release = values.release[i];
  for (let r = 0; r < capacity.length; r++) capacity[r].set(values.capacityRows[r]);
}
