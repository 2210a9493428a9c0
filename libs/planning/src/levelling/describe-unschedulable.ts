import { CompiledProblem } from './compile-problem';
import { CAPACITY_EPSILON, CAUSE_PREDECESSOR, SerialScheduleGenerator } from './serial-schedule-generator';

/**
 * A planner-readable reason why activity `j` was left out of the generator's current schedule:
 * an unschedulable predecessor (named, with the root cause), or the first mode's blocking fact.
 */
export function describeUnschedulable(cp: CompiledProblem, gen: SerialScheduleGenerator, j: number): string {
  if (gen.cause[j] === CAUSE_PREDECESSOR) {
    let root = gen.causeActivity[j];
    for (let guard = 0; gen.cause[root] === CAUSE_PREDECESSOR && guard < cp.n; guard++)
      root = gen.causeActivity[root];
    const direct = gen.causeActivity[j];
    const via = direct === root ? '' : ` (which waits for activity ${root})`;
    return `predecessor activity ${direct}${via} is unschedulable: ${noFitReason(cp, gen, root)}`;
  }
  return noFitReason(cp, gen, j);
}

function noFitReason(cp: CompiledProblem, gen: SerialScheduleGenerator, j: number): string {
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
  let es = cp.release[j];
  for (let k = predStart[j]; k < predStart[j + 1]; k++) {
    const q = predAct[k];
    if (gen.starts[q] < 0) continue;
    es = Math.max(es, gen.starts[q] + modeDuration[gen.modes[q]] + predLag[k]);
  }
  let shortest = Infinity;
  for (let m = modeStart[j]; m < modeStart[j + 1]; m++) shortest = Math.min(shortest, modeDuration[m]);
  const modes = modeStart[j + 1] - modeStart[j];
  const modeText = modes > 1 ? `none of its ${modes} modes fits` : 'it does not fit';
  if (es + shortest > horizon) {
    return `${modeText}: its predecessors and release allow a start no earlier than period ${es}, too late to finish ${shortest} period(s) of work by the horizon (${horizon})`;
  }
  // Blame the preferred mode's first resource that never offers the rate long enough.
  const m = modeStart[j];
  const d = modeDuration[m];
  for (let u = usageStart[m]; u < usageStart[m + 1]; u++) {
    const r = usageResource[u];
    const need = usageAmount[u];
    const base = r * horizon;
    let anyCapacity = false;
    let maxFrom = 0;
    let run = 0;
    let longest = 0;
    for (let t = 0; t < horizon; t++) {
      const c = cp.capacity[base + t];
      if (c > CAPACITY_EPSILON) anyCapacity = true;
      if (t >= es) {
        maxFrom = Math.max(maxFrom, c);
        run = c >= need - CAPACITY_EPSILON ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
    }
    if (!anyCapacity) return `${modeText}: resource ${r} has no capacity in any period`;
    if (longest < d) {
      return maxFrom < need - CAPACITY_EPSILON
        ? `${modeText}: it needs ${need} of resource ${r} per period, but at most ${maxFrom} is available from period ${es} on`
        : `${modeText}: resource ${r} never offers ${need} per period for ${d} consecutive periods between period ${es} and the horizon (${horizon})`;
    }
  }
  const used = new Set<number>();
  for (let u = usageStart[m]; u < usageStart[m + 1]; u++) used.add(usageResource[u]);
  const names = [...used].map((r) => `resource ${r}`).join(', ');
  return `${modeText}: ${names || 'its resources'} left too little free capacity between period ${es} and the horizon (${horizon}) after the other activities`;
}
