import type { ProgrammeModel } from './programme-model';

/** Forward and backward pass over finish-to-start dependencies with lags, in week indices. */
export interface CriticalPath {
  earliestStart: Int32Array;
  /** Exclusive: the week after the last week of work. */
  earliestFinish: Int32Array;
  latestStart: Int32Array;
  latestFinish: Int32Array;
  /** Weeks a task may slip without delaying the programme's finish. */
  slack: Int32Array;
  critical: Uint8Array;
  projectFinish: number;
}

/**
 * Earliest start respects release dates and fixed starts; latest dates are taken against the
 * programme's earliest finish. `durations` defaults to each task's preferred (shortest) duration.
 */
export function criticalPath(
  model: ProgrammeModel,
  durations: Int32Array = model.minDuration,
  releaseDelay?: Int32Array,
): CriticalPath {
  const n = model.taskIds.length;
  const { topo, predStart, predTask, predLag, succStart, succTask, succLag, fixedStart, release } = model;
  const es = new Int32Array(n);
  const ef = new Int32Array(n);
  let projectFinish = 0;
  for (let k = 0; k < n; k++) {
    const i = topo[k];
    let start: number;
    if (fixedStart[i] >= 0) {
      start = fixedStart[i];
    } else {
      start = release[i] + (releaseDelay ? releaseDelay[i] : 0);
      for (let q = predStart[i]; q < predStart[i + 1]; q++) {
        const t = ef[predTask[q]] + predLag[q];
        if (t > start) start = t;
      }
    }
    es[i] = start;
    ef[i] = start + durations[i];
    if (ef[i] > projectFinish) projectFinish = ef[i];
  }
  const ls = new Int32Array(n);
  const lf = new Int32Array(n);
  const slack = new Int32Array(n);
  const critical = new Uint8Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const i = topo[k];
    let finish = projectFinish;
    for (let q = succStart[i]; q < succStart[i + 1]; q++) {
      const t = ls[succTask[q]] - succLag[q];
      if (t < finish) finish = t;
    }
    lf[i] = finish;
    ls[i] = finish - durations[i];
    slack[i] = ls[i] - es[i];
    critical[i] = slack[i] <= 0 ? 1 : 0;
  }
  return {
    earliestStart: es,
    earliestFinish: ef,
    latestStart: ls,
    latestFinish: lf,
    slack,
    critical,
    projectFinish,
  };
}

/** One chain of critical tasks from a programme start to its finish (ids in order). */
export function criticalChain(model: ProgrammeModel, cpm: CriticalPath): string[] {
  const n = model.taskIds.length;
  let at = -1;
  for (let i = 0; i < n; i++) {
    if (
      cpm.critical[i] &&
      cpm.earliestFinish[i] === cpm.projectFinish &&
      (at < 0 || cpm.earliestStart[i] < cpm.earliestStart[at])
    )
      at = i;
  }
  const chain: string[] = [];
  while (at >= 0) {
    chain.push(model.taskIds[at]);
    let next = -1;
    for (let q = model.predStart[at]; q < model.predStart[at + 1]; q++) {
      const p = model.predTask[q];
      if (cpm.critical[p] && cpm.earliestFinish[p] + model.predLag[q] === cpm.earliestStart[at]) {
        next = p;
        break;
      }
    }
    at = next;
  }
  return chain.reverse();
}

/**
 * The forward pass only, into caller-owned arrays: what a simulation needs, without the
 * backward pass or allocations. Returns the programme's earliest finish.
 */
export function forwardPass(
  model: ProgrammeModel,
  durations: Int32Array,
  releaseDelay: Int32Array | null,
  earliestStart: Int32Array,
  earliestFinish: Int32Array,
): number {
  const { topo, predStart, predTask, predLag, fixedStart, release } = model;
  let projectFinish = 0;
  for (let k = 0; k < topo.length; k++) {
    const i = topo[k];
    let start = fixedStart[i];
    if (start < 0) {
      start = release[i] + (releaseDelay ? releaseDelay[i] : 0);
      for (let q = predStart[i]; q < predStart[i + 1]; q++) {
        const t = earliestFinish[predTask[q]] + predLag[q];
        if (t > start) start = t;
      }
    }
    earliestStart[i] = start;
    earliestFinish[i] = start + durations[i];
    if (earliestFinish[i] > projectFinish) projectFinish = earliestFinish[i];
  }
  return projectFinish;
}
