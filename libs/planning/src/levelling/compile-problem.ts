import { RcpspInputError } from './rcpsp-input-error';
import { RcpspProblem } from './rcpsp.types';

/**
 * The problem flattened into typed arrays (compressed rows for predecessors, successors, modes and
 * usages), validated once, so the schedule generator's hot loops never touch objects.
 */
export interface CompiledProblem {
  n: number;
  resources: number;
  horizon: number;
  /** Base residual capacity, resource-major: capacity[r][t] at r * horizon + t. */
  capacity: Float64Array;
  predStart: Int32Array;
  predAct: Int32Array;
  predLag: Int32Array;
  succStart: Int32Array;
  succAct: Int32Array;
  succLag: Int32Array;
  /** Modes of activity j are modeStart[j] .. modeStart[j+1]-1. */
  modeStart: Int32Array;
  modeDuration: Int32Array;
  /** Usages of global mode m are usageStart[m] .. usageStart[m+1]-1 (zero amounts dropped). */
  usageStart: Int32Array;
  usageResource: Int32Array;
  usageAmount: Float64Array;
  release: Int32Array;
  /** -1 when the activity is not pinned. */
  fixedStart: Int32Array;
  hasDue: Uint8Array;
  dueDate: Int32Array;
  dueWeight: Float64Array;
  /** 1 when a pinned activity depends on this one: it is forced in rather than left out. */
  feedsFixed: Uint8Array;
  /** Latest finish allowed by pinned successors (horizon when none). */
  latestFinish: Int32Array;
  topoOrder: Int32Array;
  topoRank: Int32Array;
  /** Fixed activities, placed before anything else. */
  fixedList: Int32Array;
}

// Field names are built only when an error is thrown, not for every activity, mode and usage of
// a valid problem.
const activityField = (j: number) => `activities[${j}]`;
const modeField = (j: number, m: number) => `${activityField(j)}.modes[${m}]`;
const usageField = (j: number, m: number, u: number) => `${modeField(j, m)}.usage[${u}]`;
const predecessorField = (j: number, k: number) => `${activityField(j)}.predecessors[${k}]`;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isNonNegFinite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** A usage amount, validated: compileProblem and recompileValues apply the same rule. */
function checkedAmount(amount: unknown, j: number, m: number, u: number): number {
  if (!isNonNegFinite(amount))
    throw new RcpspInputError(`${usageField(j, m, u)}.amount`, `must be a finite number ≥ 0, got ${amount}`);
  return amount;
}

/** An activity's release (0 when absent), validated: the same rule for a compile and a refresh. */
function checkedRelease(release: unknown, j: number): number {
  if (release === undefined) return 0;
  if (!isInt(release) || release < 0)
    throw new RcpspInputError(`${activityField(j)}.release`, `must be a whole period ≥ 0, got ${release}`);
  return release;
}

/** Validates the capacity rows and copies them resource-major into `into` (r * horizon + t). */
function readCapacity(capacity: RcpspProblem['capacity'], horizon: number, into: Float64Array): Float64Array {
  for (let r = 0; r < capacity.length; r++) {
    const row = capacity[r];
    if (row === null || typeof row !== 'object' || typeof row.length !== 'number' || row.length < horizon) {
      throw new RcpspInputError(`capacity[${r}]`, `must hold at least horizon (${horizon}) periods`);
    }
    for (let t = 0; t < horizon; t++) {
      const c = row[t];
      if (!isNonNegFinite(c))
        throw new RcpspInputError(`capacity[${r}][${t}]`, `must be a finite number ≥ 0, got ${c}`);
      into[r * horizon + t] = c;
    }
  }
  return into;
}

/** Validates `problem` and flattens it; throws RcpspInputError naming the first bad field. */
export function compileProblem(problem: RcpspProblem): CompiledProblem {
  if (problem === null || typeof problem !== 'object')
    throw new RcpspInputError('problem', 'must be an object');
  const { horizon, capacity, activities } = problem;
  if (!isInt(horizon) || horizon < 0)
    throw new RcpspInputError('horizon', `must be a whole number ≥ 0, got ${horizon}`);
  if (!Array.isArray(capacity))
    throw new RcpspInputError('capacity', 'must be an array of per-period capacities');
  if (!Array.isArray(activities)) throw new RcpspInputError('activities', 'must be an array');
  const resources = capacity.length;
  const n = activities.length;
  const cap = readCapacity(capacity, horizon, new Float64Array(resources * horizon));

  let predCount = 0;
  let modeCount = 0;
  let usageCount = 0;
  for (let j = 0; j < n; j++) {
    const a = activities[j];
    if (a === null || typeof a !== 'object') throw new RcpspInputError(activityField(j), 'must be an object');
    if (!Array.isArray(a.modes) || a.modes.length === 0)
      throw new RcpspInputError(`${activityField(j)}.modes`, 'needs at least one mode');
    if (!Array.isArray(a.predecessors))
      throw new RcpspInputError(`${activityField(j)}.predecessors`, 'must be an array');
    predCount += a.predecessors.length;
    modeCount += a.modes.length;
    for (let m = 0; m < a.modes.length; m++) {
      const mode = a.modes[m];
      if (mode === null || typeof mode !== 'object')
        throw new RcpspInputError(modeField(j, m), 'must be an object');
      if (!isInt(mode.duration) || mode.duration < 0) {
        throw new RcpspInputError(
          `${modeField(j, m)}.duration`,
          `must be a whole number of periods ≥ 0, got ${mode.duration}`,
        );
      }
      if (!Array.isArray(mode.usage))
        throw new RcpspInputError(`${modeField(j, m)}.usage`, 'must be an array');
      for (let u = 0; u < mode.usage.length; u++) {
        const use = mode.usage[u];
        if (use === null || typeof use !== 'object')
          throw new RcpspInputError(usageField(j, m, u), 'must be an object');
        if (!isInt(use.resource) || use.resource < 0 || use.resource >= resources) {
          throw new RcpspInputError(
            `${usageField(j, m, u)}.resource`,
            `must be a resource index in 0..${resources - 1}, got ${use.resource}`,
          );
        }
        if (checkedAmount(use.amount, j, m, u) > 0) usageCount++;
      }
    }
    checkedRelease(a.release, j);
    if (a.dueDate !== undefined && !isInt(a.dueDate))
      throw new RcpspInputError(`${activityField(j)}.dueDate`, `must be a whole period, got ${a.dueDate}`);
    if (a.dueWeight !== undefined && !isNonNegFinite(a.dueWeight)) {
      throw new RcpspInputError(
        `${activityField(j)}.dueWeight`,
        `must be a finite number ≥ 0, got ${a.dueWeight}`,
      );
    }
    if (a.fixedStart !== undefined) {
      if (!isInt(a.fixedStart) || a.fixedStart < 0)
        throw new RcpspInputError(
          `${activityField(j)}.fixedStart`,
          `must be a whole period ≥ 0, got ${a.fixedStart}`,
        );
      if (a.fixedStart + a.modes[0].duration > horizon) {
        throw new RcpspInputError(
          `${activityField(j)}.fixedStart`,
          `pinned at ${a.fixedStart} it finishes after the horizon (${horizon})`,
        );
      }
    }
  }

  const predStart = new Int32Array(n + 1);
  const predAct = new Int32Array(predCount);
  const predLag = new Int32Array(predCount);
  const succCount = new Int32Array(n);
  const modeStart = new Int32Array(n + 1);
  const modeDuration = new Int32Array(modeCount);
  const usageStart = new Int32Array(modeCount + 1);
  const usageResource = new Int32Array(usageCount);
  const usageAmount = new Float64Array(usageCount);
  const release = new Int32Array(n);
  const fixedStart = new Int32Array(n).fill(-1);
  const hasDue = new Uint8Array(n);
  const dueDate = new Int32Array(n);
  const dueWeight = new Float64Array(n);
  let p = 0;
  let m = 0;
  let u = 0;
  for (let j = 0; j < n; j++) {
    const a = activities[j];
    predStart[j] = p;
    for (let k = 0; k < a.predecessors.length; k++) {
      const pred = a.predecessors[k];
      if (pred === null || typeof pred !== 'object')
        throw new RcpspInputError(predecessorField(j, k), 'must be an object');
      if (!isInt(pred.activity) || pred.activity < 0 || pred.activity >= n) {
        throw new RcpspInputError(
          `${predecessorField(j, k)}.activity`,
          `must be an activity index in 0..${n - 1}, got ${pred.activity}`,
        );
      }
      if (pred.activity === j)
        throw new RcpspInputError(
          `${predecessorField(j, k)}.activity`,
          'an activity cannot depend on itself',
        );
      const lag = pred.lag ?? 0;
      if (!isInt(lag))
        throw new RcpspInputError(
          `${predecessorField(j, k)}.lag`,
          `must be a whole number of periods, got ${pred.lag}`,
        );
      predAct[p] = pred.activity;
      predLag[p] = lag;
      succCount[pred.activity]++;
      p++;
    }
    modeStart[j] = m;
    for (const mode of a.modes) {
      modeDuration[m] = mode.duration;
      usageStart[m] = u;
      for (const use of mode.usage) {
        if (use.amount > 0) {
          usageResource[u] = use.resource;
          usageAmount[u] = use.amount;
          u++;
        }
      }
      m++;
    }
    release[j] = a.release ?? 0;
    if (a.fixedStart !== undefined) fixedStart[j] = a.fixedStart;
    if (a.dueDate !== undefined) {
      hasDue[j] = 1;
      dueDate[j] = a.dueDate;
      dueWeight[j] = a.dueWeight ?? 1;
    }
  }
  predStart[n] = p;
  modeStart[n] = m;
  usageStart[m] = u;

  const succStart = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) succStart[j + 1] = succStart[j] + succCount[j];
  const succAct = new Int32Array(predCount);
  const succLag = new Int32Array(predCount);
  const fill = succStart.slice(0, n);
  for (let j = 0; j < n; j++) {
    for (let k = predStart[j]; k < predStart[j + 1]; k++) {
      const q = fill[predAct[k]]++;
      succAct[q] = j;
      succLag[q] = predLag[k];
    }
  }

  const topoOrder = topologicalOrder(n, predStart, predAct, succStart, succAct);
  const topoRank = new Int32Array(n);
  for (let i = 0; i < n; i++) topoRank[topoOrder[i]] = i;

  const feedsFixed = new Uint8Array(n);
  const latestFinish = new Int32Array(n).fill(horizon);
  for (let i = n - 1; i >= 0; i--) {
    const j = topoOrder[i];
    for (let k = succStart[j]; k < succStart[j + 1]; k++) {
      const s = succAct[k];
      if (fixedStart[s] >= 0 || feedsFixed[s]) {
        feedsFixed[j] = 1;
        const lsS = fixedStart[s] >= 0 ? fixedStart[s] : latestFinish[s] - modeDuration[modeStart[s]];
        const lf = lsS - succLag[k];
        if (lf < latestFinish[j]) latestFinish[j] = lf;
      }
    }
  }

  let fixedCount = 0;
  for (let j = 0; j < n; j++) if (fixedStart[j] >= 0) fixedCount++;
  const fixedList = new Int32Array(fixedCount);
  for (let j = 0, q = 0; j < n; j++) if (fixedStart[j] >= 0) fixedList[q++] = j;

  const compiled: CompiledProblem = {
    n,
    resources,
    horizon,
    capacity: cap,
    predStart,
    predAct,
    predLag,
    succStart,
    succAct,
    succLag,
    modeStart,
    modeDuration,
    usageStart,
    usageResource,
    usageAmount,
    release,
    fixedStart,
    hasDue,
    dueDate,
    dueWeight,
    feedsFixed,
    latestFinish,
    topoOrder,
    topoRank,
    fixedList,
  };
  checkPins(compiled);
  return compiled;
}

/**
 * Pins must be reachable: the earliest start allowed by releases and pinned predecessors (mode 0,
 * no capacity) may not lie after a pinned start, nor may a task that feeds a pin be unable to
 * finish before the pin needs it. Throws RcpspInputError naming the activity otherwise.
 */
function checkPins(cp: CompiledProblem): void {
  const { n, topoOrder, release, fixedStart, predStart, predAct, predLag, modeStart, modeDuration } = cp;
  const early = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const j = topoOrder[i];
    // A pin overrides the activity's own release (an in-progress task may have started before it).
    let es = fixedStart[j] >= 0 ? 0 : release[j];
    for (let k = predStart[j]; k < predStart[j + 1]; k++) {
      const q = predAct[k];
      const v = early[q] + modeDuration[modeStart[q]] + predLag[k];
      if (v > es) es = v;
    }
    if (fixedStart[j] >= 0) {
      if (es > fixedStart[j]) {
        throw new RcpspInputError(
          `${activityField(j)}.fixedStart`,
          `pinned at ${fixedStart[j]}, but its predecessors and release allow a start no earlier than ${es}`,
        );
      }
      es = fixedStart[j];
    }
    early[j] = es;
  }
  const { feedsFixed, latestFinish } = cp;
  for (let i = n - 1; i >= 0; i--) {
    const j = topoOrder[i];
    if (feedsFixed[j] && fixedStart[j] < 0 && early[j] + modeDuration[modeStart[j]] > latestFinish[j]) {
      throw new RcpspInputError(
        activityField(j),
        `must finish by ${latestFinish[j]} for a pinned successor, but cannot finish before ${early[j] + modeDuration[modeStart[j]]}`,
      );
    }
  }
}

/**
 * The Monte Carlo path: `problem` has the structure `compiled` was made from (activities, modes,
 * durations, predecessors, pins, due dates) and differs only in what a simulation varies:
 * capacities, releases and usage amounts. Those are validated and read into `compiled` in place,
 * which skips the flattening, ordering and allocation of a full compile. Falls back to
 * compileProblem when the shape differs (another size, or an amount turned zero or non-zero).
 */
export function recompileValues(compiled: CompiledProblem, problem: RcpspProblem): CompiledProblem {
  const { n, resources, horizon, modeStart, usageStart, usageAmount, release } = compiled;
  const { activities, capacity } = problem;
  if (
    problem.horizon !== horizon ||
    !Array.isArray(capacity) ||
    capacity.length !== resources ||
    !Array.isArray(activities) ||
    activities.length !== n
  ) {
    return compileProblem(problem);
  }
  for (let j = 0; j < n; j++) {
    const a = activities[j];
    if (a?.modes?.length !== modeStart[j + 1] - modeStart[j]) return compileProblem(problem);
    let u = usageStart[modeStart[j]];
    for (let m = 0; m < a.modes.length; m++) {
      const usage = a.modes[m].usage;
      for (let k = 0; k < usage.length; k++) {
        const amount = checkedAmount(usage[k].amount, j, m, k);
        if (amount > 0) {
          if (u >= usageStart[modeStart[j] + m + 1]) return compileProblem(problem);
          usageAmount[u++] = amount;
        }
      }
      if (u !== usageStart[modeStart[j] + m + 1]) return compileProblem(problem);
    }
    release[j] = checkedRelease(a.release, j);
  }
  readCapacity(capacity, horizon, compiled.capacity);
  checkPins(compiled);
  return compiled;
}

/**
 * Refreshes a compiled problem in place from flat values in its own layout: one amount per usage it
 * kept, one release per activity, and the capacity resource-major (r * horizon + t). It is the
 * Monte Carlo path's refresh without walking the problem's objects: in a process that had loaded
 * many other modules (an API worker) that walk took 2–3.6 times as long as in a bare one.
 * Every value is checked first, by the rules of a compile; when one would not pass, or an amount is
 * zero (a usage the compiled shape does not hold), nothing changes and the answer is false: the
 * caller then compiles or recompiles from the objects, which names the field and the rule.
 */
export function refreshCompiledValues(
  compiled: CompiledProblem,
  usageAmount: Float64Array,
  release: Int32Array,
  capacity: Float64Array,
): boolean {
  if (
    usageAmount.length !== compiled.usageAmount.length ||
    release.length !== compiled.n ||
    capacity.length !== compiled.capacity.length
  )
    return false;
  for (let u = 0; u < usageAmount.length; u++) if (!(isNonNegFinite(usageAmount[u]) && usageAmount[u] > 0)) return false;
  // Whole numbers already (Int32Array): only the sign is left to check.
  for (let j = 0; j < release.length; j++) if (release[j] < 0) return false;
  for (let i = 0; i < capacity.length; i++) if (!isNonNegFinite(capacity[i])) return false;
  compiled.usageAmount.set(usageAmount);
  compiled.release.set(release);
  compiled.capacity.set(capacity);
  checkPins(compiled);
  return true;
}

/** Kahn's algorithm; a leftover means a cycle, reported with the activities on it. */
function topologicalOrder(
  n: number,
  predStart: Int32Array,
  predAct: Int32Array,
  succStart: Int32Array,
  succAct: Int32Array,
): Int32Array {
  const indeg = new Int32Array(n);
  for (let j = 0; j < n; j++) indeg[j] = predStart[j + 1] - predStart[j];
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let j = 0; j < n; j++) if (indeg[j] === 0) order[tail++] = j;
  while (head < tail) {
    const j = order[head++];
    for (let k = succStart[j]; k < succStart[j + 1]; k++) {
      if (--indeg[succAct[k]] === 0) order[tail++] = succAct[k];
    }
  }
  if (tail < n) {
    const cycle = findCycle(n, indeg, predStart, predAct);
    throw new RcpspInputError(
      `activities[${cycle[0]}].predecessors`,
      `dependency cycle: ${cycle.map((c) => `activity ${c}`).join(' → ')} → activity ${cycle[0]}`,
    );
  }
  return order;
}

/** Walks predecessors among the activities Kahn could not order until one repeats. */
function findCycle(n: number, indeg: Int32Array, predStart: Int32Array, predAct: Int32Array): number[] {
  let j = 0;
  while (j < n && indeg[j] === 0) j++;
  const seenAt = new Int32Array(n).fill(-1);
  const path: number[] = [];
  while (seenAt[j] < 0) {
    seenAt[j] = path.length;
    path.push(j);
    let next = -1;
    for (let k = predStart[j]; k < predStart[j + 1]; k++) {
      if (indeg[predAct[k]] > 0) {
        next = predAct[k];
        break;
      }
    }
    j = next;
  }
  // The path walks backwards along predecessors; reverse it so it reads in dependency order.
  return path.slice(seenAt[j]).reverse();
}
