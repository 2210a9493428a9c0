import { compileProblem } from './compile-problem';
import { RcpspProblem, RcpspResult } from './rcpsp.types';

/** Relative slack for summed floating-point hours: the solver's own epsilon plus rounding. */
const CHECK_TOLERANCE = 1e-6;

export type RcpspViolationKind =
  'shape' | 'mode' | 'horizon' | 'release' | 'fixed' | 'precedence' | 'capacity' | 'unschedulable';

export interface RcpspViolation {
  kind: RcpspViolationKind;
  activity?: number;
  resource?: number;
  period?: number;
  message: string;
}

/**
 * Every way `result` breaks `problem`: precedence and lags, capacity per resource and period,
 * releases, pins, the horizon, and consistency of the unschedulable list. Pinned (and forced)
 * activities may overload a period; the others may then use none of that period's capacity.
 */
export function checkSchedule(problem: RcpspProblem, result: RcpspResult): RcpspViolation[] {
  const cp = compileProblem(problem);
  const { n, horizon, resources, modeStart, modeDuration, usageStart, usageResource, usageAmount } = cp;
  const out: RcpspViolation[] = [];
  if (result.starts.length !== n || result.modes.length !== n) {
    return [
      {
        kind: 'shape',
        message: `expected starts and modes for ${n} activities, got ${result.starts.length} and ${result.modes.length}`,
      },
    ];
  }
  const listed = new Uint8Array(n);
  for (const u of result.unschedulable) {
    if (u.activity < 0 || u.activity >= n)
      out.push({ kind: 'shape', message: `unschedulable activity ${u.activity} does not exist` });
    else listed[u.activity] = 1;
  }
  const forced = new Uint8Array(n);
  for (const j of result.forced ?? []) if (j >= 0 && j < n) forced[j] = 1;

  const placed = new Uint8Array(n);
  const finish = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const s = result.starts[j];
    if (s === -1) {
      if (!listed[j])
        out.push({
          kind: 'unschedulable',
          activity: j,
          message: `activity ${j} has no start but is not listed as unschedulable`,
        });
      if (cp.fixedStart[j] >= 0)
        out.push({ kind: 'fixed', activity: j, message: `pinned activity ${j} was left out` });
      continue;
    }
    if (listed[j])
      out.push({
        kind: 'unschedulable',
        activity: j,
        message: `activity ${j} is listed as unschedulable but starts at ${s}`,
      });
    const m = result.modes[j];
    if (!Number.isInteger(m) || m < 0 || m >= modeStart[j + 1] - modeStart[j]) {
      out.push({ kind: 'mode', activity: j, message: `activity ${j} has no mode ${m}` });
      continue;
    }
    const d = modeDuration[modeStart[j] + m];
    if (s < 0 || s + d > horizon) {
      out.push({
        kind: 'horizon',
        activity: j,
        message: `activity ${j} runs ${s}..${s + d}, outside 0..${horizon}`,
      });
      continue;
    }
    placed[j] = 1;
    finish[j] = s + d;
    if (cp.fixedStart[j] >= 0 && s !== cp.fixedStart[j]) {
      out.push({
        kind: 'fixed',
        activity: j,
        message: `activity ${j} is pinned at ${cp.fixedStart[j]} but starts at ${s}`,
      });
    }
    if (cp.fixedStart[j] < 0 && s < cp.release[j]) {
      out.push({
        kind: 'release',
        activity: j,
        message: `activity ${j} starts at ${s}, before its release ${cp.release[j]}`,
      });
    }
  }

  for (let j = 0; j < n; j++) {
    if (!placed[j]) continue;
    for (let k = cp.predStart[j]; k < cp.predStart[j + 1]; k++) {
      const q = cp.predAct[k];
      if (!placed[q]) {
        if (result.starts[q] === -1 && cp.fixedStart[j] < 0) {
          out.push({
            kind: 'precedence',
            activity: j,
            message: `activity ${j} is scheduled although its predecessor ${q} is not`,
          });
        }
        continue;
      }
      const earliest = finish[q] + cp.predLag[k];
      if (result.starts[j] < earliest) {
        out.push({
          kind: 'precedence',
          activity: j,
          message: `activity ${j} starts at ${result.starts[j]}, before predecessor ${q} finishes at ${finish[q]} plus lag ${cp.predLag[k]}`,
        });
      }
    }
  }

  const pinnedUse = new Float64Array(resources * horizon);
  const otherUse = new Float64Array(resources * horizon);
  for (let j = 0; j < n; j++) {
    if (!placed[j]) continue;
    const gm = modeStart[j] + result.modes[j];
    const target = cp.fixedStart[j] >= 0 || forced[j] ? pinnedUse : otherUse;
    for (let u = usageStart[gm]; u < usageStart[gm + 1]; u++) {
      const base = usageResource[u] * horizon;
      for (let t = result.starts[j]; t < finish[j]; t++) target[base + t] += usageAmount[u];
    }
  }
  for (let r = 0; r < resources; r++) {
    for (let t = 0; t < horizon; t++) {
      const i = r * horizon + t;
      const free = Math.max(0, cp.capacity[i] - pinnedUse[i]);
      if (otherUse[i] > free + CHECK_TOLERANCE * Math.max(1, cp.capacity[i])) {
        out.push({
          kind: 'capacity',
          resource: r,
          period: t,
          message: `resource ${r} in period ${t}: ${otherUse[i]} used by levelled activities, only ${free} left of capacity ${cp.capacity[i]}`,
        });
      }
    }
  }
  return out;
}
