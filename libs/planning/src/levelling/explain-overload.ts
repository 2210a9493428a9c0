import { compileProblem } from './compile-problem';
import { RcpspProblem, RcpspResult } from './rcpsp.types';
import { CAPACITY_EPSILON } from './serial-schedule-generator';

export interface OverloadContribution {
  activity: number;
  /** Units of the resource this activity asks in each period of the run. */
  amount: number;
}

/** A run of consecutive periods [from, to) in which one resource is asked more than it has, for the same reasons. */
export interface Overload {
  resource: number;
  from: number;
  to: number;
  capacity: number;
  demand: number;
  excess: number;
  /** Largest first. */
  contributions: OverloadContribution[];
}

/**
 * Where the schedule in `result` asks more of a resource than its capacity (an unconstrained plan,
 * or pinned and forced activities in a levelled one), and which activities make up that demand.
 * Consecutive periods with the same capacity, demand and contributors are merged into one run.
 */
export function explainOverload(problem: RcpspProblem, result: RcpspResult): Overload[] {
  const cp = compileProblem(problem);
  const { n, horizon, resources, modeStart, modeDuration, usageStart, usageResource, usageAmount } = cp;
  const demand = new Float64Array(resources * horizon);
  const span = (j: number): [number, number, number] => {
    const gm = modeStart[j] + result.modes[j];
    const s = result.starts[j];
    return [gm, Math.max(0, s), Math.min(horizon, s + modeDuration[gm])];
  };
  for (let j = 0; j < n; j++) {
    if (result.starts[j] < 0) continue;
    const [gm, s, f] = span(j);
    for (let u = usageStart[gm]; u < usageStart[gm + 1]; u++) {
      const base = usageResource[u] * horizon;
      for (let t = s; t < f; t++) demand[base + t] += usageAmount[u];
    }
  }
  // Contributors only for overloaded periods, keyed by r * horizon + t.
  const contributors = new Map<number, Map<number, number>>();
  const over = (i: number): boolean =>
    demand[i] > cp.capacity[i] + CAPACITY_EPSILON * Math.max(1, cp.capacity[i]);
  for (let j = 0; j < n; j++) {
    if (result.starts[j] < 0) continue;
    const [gm, s, f] = span(j);
    for (let u = usageStart[gm]; u < usageStart[gm + 1]; u++) {
      const base = usageResource[u] * horizon;
      for (let t = s; t < f; t++) {
        if (!over(base + t)) continue;
        let byActivity = contributors.get(base + t);
        if (!byActivity) contributors.set(base + t, (byActivity = new Map()));
        byActivity.set(j, (byActivity.get(j) ?? 0) + usageAmount[u]);
      }
    }
  }
  const out: Overload[] = [];
  for (let r = 0; r < resources; r++) {
    let open: Overload | null = null;
    let openKey = '';
    for (let t = 0; t < horizon; t++) {
      const i = r * horizon + t;
      const byActivity = contributors.get(i);
      if (!byActivity) {
        open = null;
        continue;
      }
      const contributions = [...byActivity]
        .map(([activity, amount]) => ({ activity, amount }))
        .sort((a, b) => b.amount - a.amount || a.activity - b.activity);
      const key = `${cp.capacity[i]}|${demand[i]}|${contributions.map((c) => `${c.activity}:${c.amount}`).join(',')}`;
      if (open !== null && key === openKey) {
        open.to = t + 1;
        continue;
      }
      open = {
        resource: r,
        from: t,
        to: t + 1,
        capacity: cp.capacity[i],
        demand: demand[i],
        excess: demand[i] - cp.capacity[i],
        contributions,
      };
      openKey = key;
      out.push(open);
    }
  }
  return out;
}
