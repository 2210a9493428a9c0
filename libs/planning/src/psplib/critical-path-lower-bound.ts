import { RcpspProblem } from '../levelling/rcpsp.types';
import { RcpspInputError } from '../levelling/rcpsp-input-error';

/**
 * Length of the longest path through the precedence network with mode-0 durations and lags,
 * ignoring resources: the lower bound against which PSPLIB deviations for J60 and larger are quoted.
 */
export function criticalPathLowerBound(problem: RcpspProblem): number {
  const n = problem.activities.length;
  const finish = new Array<number>(n).fill(-1);
  const visiting = new Uint8Array(n);
  const stack: number[] = [];
  let bound = 0;
  for (let root = 0; root < n; root++) {
    if (finish[root] >= 0) continue;
    stack.push(root);
    // Iterative depth-first search, so deep precedence chains cannot overflow the call stack.
    while (stack.length > 0) {
      const j = stack[stack.length - 1];
      const a = problem.activities[j];
      if (!visiting[j]) {
        visiting[j] = 1;
        for (const p of a.predecessors) {
          if (finish[p.activity] < 0) {
            if (visiting[p.activity])
              throw new RcpspInputError(
                `activities[${j}].predecessors`,
                `dependency cycle through activity ${p.activity}`,
              );
            stack.push(p.activity);
          }
        }
        continue;
      }
      stack.pop();
      if (finish[j] >= 0) continue;
      let start = a.release ?? 0;
      for (const p of a.predecessors) start = Math.max(start, finish[p.activity] + p.lag);
      finish[j] = start + a.modes[0].duration;
      bound = Math.max(bound, finish[j]);
    }
  }
  return bound;
}
