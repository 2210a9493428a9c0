import { compileProblem } from './compile-problem';
import { RcpspProblem, RcpspResult } from './rcpsp.types';
import { CAPACITY_EPSILON } from './serial-schedule-generator';

/**
 * Why an activity starts when it does:
 * - `precedence`: it starts right when `heldBy` (a predecessor) finishes plus the lag;
 * - `resource`: it could not start one period earlier because `resource` in `period` was taken, mostly by `heldBy`;
 * - `capacity`: as `resource`, but the capacity itself is too low there (nobody else uses it);
 * - `release` / `fixed` / `start`: its release date, its pin, or period 0;
 * - `slack`: nothing holds it (the schedule is not left-justified here).
 */
export type LatenessCause = 'precedence' | 'resource' | 'capacity' | 'release' | 'fixed' | 'start' | 'slack';

export interface LatenessLink {
  activity: number;
  start: number;
  finish: number;
  cause: LatenessCause;
  resource?: number;
  period?: number;
  /** The next activity in the chain, which held this one back. */
  heldBy?: number;
}

export interface LatenessExplanation {
  activity: number;
  dueDate: number;
  finish: number;
  lateness: number;
  weightedLateness: number;
  /** From the late activity back to the start of the chain; each link names what held it back. */
  chain: LatenessLink[];
}

/**
 * For every activity with a due date that finishes late in `result`, the chain of activities that
 * holds it back: through binding predecessors and, where it waited for a resource, through the
 * activity occupying that resource — the resource-critical chain.
 */
export function explainLateness(problem: RcpspProblem, result: RcpspResult): LatenessExplanation[] {
  const cp = compileProblem(problem);
  const { n, horizon, resources, modeStart, modeDuration, usageStart, usageResource, usageAmount } = cp;
  const placed = (j: number): boolean => result.starts[j] >= 0;
  const gmOf = (j: number): number => modeStart[j] + result.modes[j];
  const finishOf = (j: number): number => result.starts[j] + modeDuration[gmOf(j)];

  const load = new Float64Array(resources * horizon);
  for (let j = 0; j < n; j++) {
    if (!placed(j)) continue;
    const gm = gmOf(j);
    for (let u = usageStart[gm]; u < usageStart[gm + 1]; u++) {
      const base = usageResource[u] * horizon;
      for (let t = result.starts[j]; t < Math.min(horizon, finishOf(j)); t++)
        load[base + t] += usageAmount[u];
    }
  }
  const usesAt = (j: number, r: number, t: number): number => {
    if (!placed(j) || t < result.starts[j] || t >= finishOf(j)) return 0;
    const gm = gmOf(j);
    let a = 0;
    for (let u = usageStart[gm]; u < usageStart[gm + 1]; u++) if (usageResource[u] === r) a += usageAmount[u];
    return a;
  };

  const link = (j: number): LatenessLink => {
    const s = result.starts[j];
    const base: LatenessLink = { activity: j, start: s, finish: finishOf(j), cause: 'slack' };
    if (cp.fixedStart[j] >= 0) return { ...base, cause: 'fixed' };
    for (let k = cp.predStart[j]; k < cp.predStart[j + 1]; k++) {
      const q = cp.predAct[k];
      if (placed(q) && finishOf(q) + cp.predLag[k] === s) return { ...base, cause: 'precedence', heldBy: q };
    }
    if (s === 0) return { ...base, cause: 'start' };
    if (s === cp.release[j]) return { ...base, cause: 'release' };
    // Resource-blocked: find the first period and resource that forbid starting one period earlier.
    const gm = gmOf(j);
    const d = modeDuration[gm];
    for (let t = s - 1; t < s - 1 + d; t++) {
      for (let u = usageStart[gm]; u < usageStart[gm + 1]; u++) {
        const r = usageResource[u];
        const others = load[r * horizon + t] - usesAt(j, r, t);
        if (cp.capacity[r * horizon + t] - others >= usageAmount[u] - CAPACITY_EPSILON) continue;
        let holder = -1;
        let holderAmount = 0;
        for (let q = 0; q < n; q++) {
          if (q === j) continue;
          const a = usesAt(q, r, t);
          if (
            a > holderAmount + CAPACITY_EPSILON ||
            (a > 0 &&
              holder >= 0 &&
              Math.abs(a - holderAmount) <= CAPACITY_EPSILON &&
              finishOf(q) > finishOf(holder))
          ) {
            holder = q;
            holderAmount = a;
          }
        }
        return holder < 0
          ? { ...base, cause: 'capacity', resource: r, period: t }
          : { ...base, cause: 'resource', resource: r, period: t, heldBy: holder };
      }
    }
    return base;
  };

  const out: LatenessExplanation[] = [];
  for (let j = 0; j < n; j++) {
    if (!cp.hasDue[j] || !placed(j)) continue;
    const finish = finishOf(j);
    if (finish <= cp.dueDate[j]) continue;
    const chain: LatenessLink[] = [];
    const seen = new Set<number>();
    let cur = j;
    while (!seen.has(cur)) {
      seen.add(cur);
      const l = link(cur);
      chain.push(l);
      if (l.heldBy === undefined) break;
      cur = l.heldBy;
    }
    const lateness = finish - cp.dueDate[j];
    out.push({
      activity: j,
      dueDate: cp.dueDate[j],
      finish,
      lateness,
      weightedLateness: lateness * cp.dueWeight[j],
      chain,
    });
  }
  return out;
}
