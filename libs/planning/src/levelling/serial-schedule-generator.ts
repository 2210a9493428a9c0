import { CompiledProblem } from './compile-problem';

/** Amounts are hours a week: treat differences below this as equal. */
export const CAPACITY_EPSILON = 1e-9;

export const STATUS_PLACED = 0;
export const STATUS_FIXED = 1;
export const STATUS_FORCED = 2;
export const STATUS_UNSCHEDULABLE = 3;

/** Why an activity could not be placed: its predecessor was not, or no mode fits. */
export const CAUSE_PREDECESSOR = 1;
export const CAUSE_NO_FIT = 2;

/**
 * The serial schedule-generation scheme (SSGS) over an activity list, forward (each activity at its
 * earliest precedence- and resource-feasible start) and backward (latest start before a deadline,
 * used for justification). All state lives in typed arrays reused between calls.
 */
export class SerialScheduleGenerator {
  readonly starts: Int32Array;
  /** Global mode index (into modeDuration/usageStart) per activity. */
  readonly modes: Int32Array;
  readonly status: Uint8Array;
  readonly cause: Uint8Array;
  readonly causeActivity: Int32Array;
  readonly residual: Float64Array;
  makespan = 0;
  weightedLateness = 0;
  unschedulable = 0;
  forced = 0;
  stretched = 0;

  private readonly backStarts: Int32Array;

  constructor(private readonly cp: CompiledProblem) {
    this.starts = new Int32Array(cp.n);
    this.modes = new Int32Array(cp.n);
    this.status = new Uint8Array(cp.n);
    this.cause = new Uint8Array(cp.n);
    this.causeActivity = new Int32Array(cp.n);
    this.residual = new Float64Array(cp.capacity.length);
    this.backStarts = new Int32Array(cp.n);
  }

  /**
   * Decodes `list` (precedence-feasible, all activities) with preferred local modes `modeGene`.
   * Pinned activities are placed first whatever the capacity.
   */
  forward(list: Int32Array, modeGene: Int32Array | null): void {
    const cp = this.cp;
    const {
      horizon,
      predStart,
      predAct,
      predLag,
      modeStart,
      modeDuration,
      usageStart,
      usageResource,
      usageAmount,
    } = cp;
    const { release, fixedStart, feedsFixed, latestFinish, fixedList } = cp;
    const res = this.residual;
    const starts = this.starts;
    const modes = this.modes;
    const status = this.status;
    res.set(cp.capacity);
    status.fill(STATUS_PLACED);
    let unschedulable = 0;
    let forced = 0;
    let stretched = 0;

    for (let i = 0; i < fixedList.length; i++) {
      const j = fixedList[i];
      const gm = modeStart[j];
      starts[j] = fixedStart[j];
      modes[j] = gm;
      status[j] = STATUS_FIXED;
      this.consume(gm, fixedStart[j]);
    }

    const n = list.length;
    for (let i = 0; i < n; i++) {
      const j = list[i];
      if (status[j] === STATUS_FIXED) continue;
      let es = release[j];
      let blockedBy = -1;
      for (let k = predStart[j]; k < predStart[j + 1]; k++) {
        const q = predAct[k];
        if (status[q] === STATUS_UNSCHEDULABLE) {
          blockedBy = q;
          break;
        }
        const v = starts[q] + modeDuration[modes[q]] + predLag[k];
        if (v > es) es = v;
      }
      if (blockedBy >= 0) {
        starts[j] = -1;
        modes[j] = modeStart[j];
        status[j] = STATUS_UNSCHEDULABLE;
        this.cause[j] = CAUSE_PREDECESSOR;
        this.causeActivity[j] = blockedBy;
        unschedulable++;
        continue;
      }
      const limit = latestFinish[j];
      const m0 = modeStart[j];
      const mEnd = modeStart[j + 1];
      const pref = modeGene === null ? m0 : m0 + modeGene[j];
      let chosen = -1;
      let t = -1;
      for (let mi = -1; mi < mEnd - m0; mi++) {
        // Try the preferred mode first, then the others in order of preference.
        const gm = mi < 0 ? pref : m0 + mi;
        if (mi >= 0 && gm === pref) continue;
        const d = modeDuration[gm];
        const u0 = usageStart[gm];
        const u1 = usageStart[gm + 1];
        let s = es;
        search: while (s + d <= limit) {
          for (let u = u0; u < u1; u++) {
            const base = usageResource[u] * horizon;
            const need = usageAmount[u] - CAPACITY_EPSILON;
            for (let p = s + d - 1; p >= s; p--) {
              if (res[base + p] < need) {
                s = p + 1;
                continue search;
              }
            }
          }
          t = s;
          break;
        }
        if (t >= 0) {
          chosen = gm;
          break;
        }
      }
      if (chosen < 0) {
        if (feedsFixed[j]) {
          // A pinned successor needs this one finished in time: overload rather than break the pin.
          chosen = m0;
          t = es;
          status[j] = STATUS_FORCED;
          forced++;
        } else {
          starts[j] = -1;
          modes[j] = m0;
          status[j] = STATUS_UNSCHEDULABLE;
          this.cause[j] = CAUSE_NO_FIT;
          this.causeActivity[j] = -1;
          unschedulable++;
          continue;
        }
      }
      if (chosen !== m0) stretched++;
      starts[j] = t;
      modes[j] = chosen;
      this.consume(chosen, t);
    }
    this.unschedulable = unschedulable;
    this.forced = forced;
    this.stretched = stretched;
    this.evaluate();
  }

  /**
   * Right-justifies the current (forward) schedule against its makespan, keeping modes: activities
   * in order of decreasing finish, each at its latest feasible start before `deadline`. Returns the new starts, or
   * null when some activity cannot be placed (a release in the way); the current schedule is kept.
   */
  backward(order: Int32Array, deadline = this.makespan): Int32Array | null {
    const cp = this.cp;
    const { horizon, predStart, predAct, predLag, succStart, succAct, succLag, modeDuration, modeStart } = cp;
    const { usageStart, usageResource, usageAmount, release, fixedStart, fixedList } = cp;
    const res = this.residual;
    const modes = this.modes;
    const back = this.backStarts;
    res.set(cp.capacity);
    for (let i = 0; i < fixedList.length; i++) {
      const j = fixedList[i];
      back[j] = fixedStart[j];
      this.consume(modeStart[j], fixedStart[j]);
    }
    for (let i = 0; i < order.length; i++) {
      const j = order[i];
      if (fixedStart[j] >= 0) continue;
      const gm = modes[j];
      const d = modeDuration[gm];
      let lf = deadline;
      for (let k = succStart[j]; k < succStart[j + 1]; k++) {
        const v = back[succAct[k]] - succLag[k];
        if (v < lf) lf = v;
      }
      let lb = release[j];
      for (let k = predStart[j]; k < predStart[j + 1]; k++) {
        const q = predAct[k];
        if (fixedStart[q] >= 0) {
          const v = fixedStart[q] + modeDuration[modeStart[q]] + predLag[k];
          if (v > lb) lb = v;
        }
      }
      const u0 = usageStart[gm];
      const u1 = usageStart[gm + 1];
      let s = Math.min(lf, horizon) - d;
      let t = -1;
      search: while (s >= lb) {
        for (let u = u0; u < u1; u++) {
          const base = usageResource[u] * horizon;
          const need = usageAmount[u] - CAPACITY_EPSILON;
          for (let p = s; p < s + d; p++) {
            if (res[base + p] < need) {
              s = p - d;
              continue search;
            }
          }
        }
        t = s;
        break;
      }
      if (t < 0) return null;
      back[j] = t;
      this.consume(gm, t);
    }
    return back;
  }

  private consume(gm: number, t: number): void {
    const { horizon, modeDuration, usageStart, usageResource, usageAmount } = this.cp;
    const res = this.residual;
    const d = modeDuration[gm];
    for (let u = usageStart[gm]; u < usageStart[gm + 1]; u++) {
      const base = usageResource[u] * horizon + t;
      const a = usageAmount[u];
      for (let p = 0; p < d; p++) res[base + p] -= a;
    }
  }

  private evaluate(): void {
    const { n, modeDuration, hasDue, dueDate, dueWeight } = this.cp;
    let makespan = 0;
    let lateness = 0;
    for (let j = 0; j < n; j++) {
      if (this.status[j] === STATUS_UNSCHEDULABLE) continue;
      const f = this.starts[j] + modeDuration[this.modes[j]];
      if (f > makespan) makespan = f;
      if (hasDue[j] && f > dueDate[j]) lateness += dueWeight[j] * (f - dueDate[j]);
    }
    this.makespan = makespan;
    this.weightedLateness = lateness;
  }
}
