import { compileProblem } from './compile-problem';
import { RcpspProblem, RcpspResult, RcpspUnschedulable } from './rcpsp.types';

/**
 * The plan without resource limits: every activity at its earliest start in mode 0 (critical-path
 * forward pass with releases, lags and pins). Feed it to explainOverload to see who causes a gap.
 * Activities that would end after the horizon are reported unschedulable, as in the leveller.
 */
export function unconstrainedSchedule(problem: RcpspProblem): RcpspResult {
  const cp = compileProblem(problem);
  const { n, horizon, topoOrder, predStart, predAct, predLag, modeStart, modeDuration } = cp;
  const starts = new Int32Array(n);
  const unschedulable: RcpspUnschedulable[] = [];
  let makespan = 0;
  let lateness = 0;
  for (let i = 0; i < n; i++) {
    const j = topoOrder[i];
    let es = cp.release[j];
    let blockedBy = -1;
    for (let k = predStart[j]; k < predStart[j + 1]; k++) {
      const q = predAct[k];
      if (starts[q] < 0) blockedBy = q;
      else es = Math.max(es, starts[q] + modeDuration[modeStart[q]] + predLag[k]);
    }
    if (cp.fixedStart[j] >= 0) es = cp.fixedStart[j];
    const d = modeDuration[modeStart[j]];
    if (cp.fixedStart[j] < 0 && (blockedBy >= 0 || es + d > horizon)) {
      starts[j] = -1;
      const reason =
        blockedBy >= 0
          ? `predecessor activity ${blockedBy} is unschedulable`
          : `its predecessors and release allow a start no earlier than period ${es}, too late to finish by the horizon (${horizon})`;
      unschedulable.push({ activity: j, reason });
      continue;
    }
    starts[j] = es;
    makespan = Math.max(makespan, es + d);
    if (cp.hasDue[j] && es + d > cp.dueDate[j]) lateness += cp.dueWeight[j] * (es + d - cp.dueDate[j]);
  }
  unschedulable.sort((a, b) => a.activity - b.activity);
  return {
    starts,
    modes: new Int32Array(n),
    unschedulable,
    makespan,
    weightedLateness: lateness,
    schedulesEvaluated: 0,
  };
}
