import { ActivityOrderer } from './activity-orderer';
import { CompiledProblem, compileProblem } from './compile-problem';
import { describeUnschedulable } from './describe-unschedulable';
import { RcpspInputError } from './rcpsp-input-error';
import { RcpspOptions, RcpspProblem, RcpspResult, RcpspUnschedulable } from './rcpsp.types';
import { SeededRandom } from './seeded-random';
import { STATUS_FORCED, STATUS_UNSCHEDULABLE, SerialScheduleGenerator } from './serial-schedule-generator';

/** One member of the search population: an activity list with preferred modes and its schedule's score. */
interface Individual {
  list: Int32Array;
  modes: Int32Array;
  unschedulable: number;
  forced: number;
  lateness: number;
  makespan: number;
  stretched: number;
  hash: number;
}

const LATENESS_EPSILON = 1e-9;

/** Lexicographic: fewest unschedulable, fewest forced, least weighted lateness, shortest makespan, fewest stretched. */
function compare(a: Individual, b: Individual): number {
  if (a.unschedulable !== b.unschedulable) return a.unschedulable - b.unschedulable;
  if (a.forced !== b.forced) return a.forced - b.forced;
  if (Math.abs(a.lateness - b.lateness) > LATENESS_EPSILON) return a.lateness - b.lateness;
  if (a.makespan !== b.makespan) return a.makespan - b.makespan;
  return a.stretched - b.stretched;
}

/**
 * Resource-constrained scheduling with time-varying capacities. `schedules: 1` is one pass of the
 * serial scheme with the latest-finish-time rule; larger budgets run a genetic algorithm over
 * activity lists (two-point crossover, Hartmann 1998) in which every child is improved by
 * forward–backward justification (Valls et al. 2005). Every generated schedule, forward or
 * backward, counts against the budget. Deterministic for a given seed.
 */
export function solveRcpsp(problem: RcpspProblem, options: RcpspOptions): RcpspResult {
  if (options === null || typeof options !== 'object') throw new RcpspInputError('options', 'must be an object');
  if (!Number.isInteger(options.schedules) || options.schedules < 1) {
    throw new RcpspInputError('options.schedules', `must be a whole number ≥ 1, got ${options.schedules}`);
  }
  if (!Number.isInteger(options.seed)) throw new RcpspInputError('options.seed', `must be an integer, got ${options.seed}`);
  const cp = compileProblem(problem);
  return new GeneticLeveller(cp, options).run();
}

class GeneticLeveller {
  private readonly gen: SerialScheduleGenerator;
  private readonly orderer: ActivityOrderer;
  private readonly random: SeededRandom;
  private readonly priority: Float64Array;
  private readonly keys: Float64Array;
  private readonly scratchList: Int32Array;
  private readonly scratchModes: Int32Array;
  private readonly multiMode: boolean;
  private used = 0;
  private best: Individual | null = null;

  constructor(
    private readonly cp: CompiledProblem,
    private readonly options: RcpspOptions,
  ) {
    this.gen = new SerialScheduleGenerator(cp);
    this.orderer = new ActivityOrderer(cp);
    this.random = new SeededRandom(options.seed);
    this.priority = latestFinishPriority(cp);
    this.keys = new Float64Array(cp.n);
    this.scratchList = new Int32Array(cp.n);
    this.scratchModes = new Int32Array(cp.n);
    let multi = false;
    for (let j = 0; j < cp.n && !multi; j++) multi = cp.modeStart[j + 1] - cp.modeStart[j] > 1;
    this.multiMode = multi;
  }

  run(): RcpspResult {
    const cp = this.cp;
    const lftList = this.orderer.forward(this.priority, new Int32Array(cp.n));
    if (this.options.schedules === 1 || cp.n === 0) {
      this.gen.forward(lftList, null);
      this.used = 1;
      return this.result();
    }
    this.search(lftList);
    const best = this.best as Individual;
    // Replaying the best list reproduces its schedule and fills in the diagnostics for the report.
    this.gen.forward(best.list, best.modes);
    return this.result();
  }

  private search(lftList: Int32Array): void {
    const cp = this.cp;
    const budget = this.options.schedules;
    const size = Math.max(4, Math.min(60, Math.round(Math.sqrt(budget) * 0.6)) & ~1);
    let population: Individual[] = [this.evaluate(lftList, new Int32Array(cp.n))];
    const spread = this.priorityKeySpread();
    for (let i = 1; i < size && this.used < budget; i++) {
      for (let j = 0; j < cp.n; j++) this.keys[j] = this.priority[j] + this.random.float() * spread;
      const list = this.orderer.forward(this.keys, new Int32Array(cp.n));
      population.push(this.evaluate(list, this.randomModes(0.1)));
    }
    population = this.survivors(population, size);
    while (this.used < budget) {
      const children: Individual[] = [];
      for (let c = 0; c < size && this.used < budget; c += 2) {
        const mother = this.tournament(population);
        const father = this.tournament(population);
        children.push(this.child(mother, father));
        if (this.used < budget) children.push(this.child(father, mother));
      }
      population = this.survivors(population.concat(children), size);
    }
  }

  private tournament(population: Individual[]): Individual {
    const a = population[this.random.int(population.length)];
    const b = population[this.random.int(population.length)];
    return compare(a, b) <= 0 ? a : b;
  }

  /** The best `size` distinct schedules (duplicates would let one schedule take over). */
  private survivors(pool: Individual[], size: number): Individual[] {
    pool.sort(compare);
    const kept: Individual[] = [];
    const seen = new Set<number>();
    for (const ind of pool) {
      if (kept.length >= size) break;
      if (seen.has(ind.hash)) continue;
      seen.add(ind.hash);
      kept.push(ind);
    }
    for (let i = 0; kept.length < size && i < pool.length; i++) if (!kept.includes(pool[i])) kept.push(pool[i]);
    return kept;
  }

  /** Two-point crossover of activity lists, then a precedence-preserving swap mutation. */
  private child(mother: Individual, father: Individual): Individual {
    const n = this.cp.n;
    const list = new Int32Array(n);
    const modes = new Int32Array(n);
    const taken = new Uint8Array(n);
    let q1 = this.random.int(n + 1);
    let q2 = this.random.int(n + 1);
    if (q1 > q2) [q1, q2] = [q2, q1];
    let pos = 0;
    for (let i = 0; i < q1; i++) {
      const j = mother.list[i];
      list[pos++] = j;
      taken[j] = 1;
      modes[j] = mother.modes[j];
    }
    for (let i = 0; i < n && pos < q2; i++) {
      const j = father.list[i];
      if (taken[j]) continue;
      list[pos++] = j;
      taken[j] = 1;
      modes[j] = father.modes[j];
    }
    for (let i = 0; i < n && pos < n; i++) {
      const j = mother.list[i];
      if (taken[j]) continue;
      list[pos++] = j;
      taken[j] = 1;
      modes[j] = mother.modes[j];
    }
    this.mutate(list, modes);
    return this.evaluate(list, modes);
  }

  private mutate(list: Int32Array, modes: Int32Array): void {
    const { n, succStart, succAct, modeStart } = this.cp;
    const rate = 0.05;
    for (let i = 0; i + 1 < n; i++) {
      if (this.random.float() >= rate) continue;
      const a = list[i];
      const b = list[i + 1];
      let related = false;
      for (let k = succStart[a]; k < succStart[a + 1] && !related; k++) related = succAct[k] === b;
      if (!related) {
        list[i] = b;
        list[i + 1] = a;
      }
    }
    if (this.multiMode) {
      for (let j = 0; j < n; j++) {
        const count = modeStart[j + 1] - modeStart[j];
        if (count > 1 && this.random.float() < rate) modes[j] = this.random.int(count);
      }
    }
  }

  private randomModes(rate: number): Int32Array {
    const modes = new Int32Array(this.cp.n);
    if (!this.multiMode) return modes;
    const { modeStart } = this.cp;
    for (let j = 0; j < this.cp.n; j++) {
      const count = modeStart[j + 1] - modeStart[j];
      if (count > 1 && this.random.float() < rate) modes[j] = this.random.int(count);
    }
    return modes;
  }

  /** Decodes a list, then justifies left and right while that improves the schedule. */
  private evaluate(list: Int32Array, modes: Int32Array): Individual {
    const gen = this.gen;
    const cp = this.cp;
    const budget = this.options.schedules;
    gen.forward(list, modes);
    this.used++;
    let current = this.snapshot();
    if (gen.unschedulable === 0 && gen.forced === 0) {
      const finish = this.keys;
      while (this.used + 2 <= budget) {
        for (let j = 0; j < cp.n; j++) finish[j] = gen.starts[j] + cp.modeDuration[gen.modes[j]];
        const order = this.orderer.backward(finish, this.scratchList);
        const back = gen.backward(order);
        this.used++;
        if (back === null) break;
        const next = this.orderer.forward(back, this.scratchList);
        const nextModes = this.scratchModes;
        for (let j = 0; j < cp.n; j++) nextModes[j] = gen.modes[j] - cp.modeStart[j];
        gen.forward(next, nextModes);
        this.used++;
        const candidate = this.snapshot();
        const better = compare(candidate, current);
        if (better <= 0) current = candidate;
        if (better >= 0) break;
      }
    }
    if (this.best === null || compare(current, this.best) < 0) this.best = current;
    return current;
  }

  /** The generator's current schedule as an individual whose list is its start order (Lamarckian). */
  private snapshot(): Individual {
    const gen = this.gen;
    const cp = this.cp;
    const list = this.orderer.forward(gen.starts, new Int32Array(cp.n));
    const modes = new Int32Array(cp.n);
    let hash = 2166136261;
    for (let j = 0; j < cp.n; j++) {
      modes[j] = gen.modes[j] - cp.modeStart[j];
      hash = Math.imul(hash ^ (gen.starts[j] + 1), 16777619);
      hash = Math.imul(hash ^ modes[j], 16777619);
    }
    return {
      list,
      modes,
      unschedulable: gen.unschedulable,
      forced: gen.forced,
      lateness: gen.weightedLateness,
      makespan: gen.makespan,
      stretched: gen.stretched,
      hash,
    };
  }

  private priorityKeySpread(): number {
    let lo = Infinity;
    let hi = -Infinity;
    for (let j = 0; j < this.cp.n; j++) {
      lo = Math.min(lo, this.priority[j]);
      hi = Math.max(hi, this.priority[j]);
    }
    return Math.max(1, (hi - lo) * 0.25);
  }

  private result(): RcpspResult {
    const gen = this.gen;
    const cp = this.cp;
    const modes = new Int32Array(cp.n);
    const unschedulable: RcpspUnschedulable[] = [];
    const forced: number[] = [];
    for (let j = 0; j < cp.n; j++) {
      modes[j] = gen.modes[j] - cp.modeStart[j];
      if (gen.status[j] === STATUS_UNSCHEDULABLE) {
        unschedulable.push({ activity: j, reason: describeUnschedulable(cp, gen, j) });
      } else if (gen.status[j] === STATUS_FORCED) {
        forced.push(j);
      }
    }
    const result: RcpspResult = {
      starts: Int32Array.from(gen.starts),
      modes,
      unschedulable,
      makespan: gen.makespan,
      weightedLateness: gen.weightedLateness,
      schedulesEvaluated: this.used,
    };
    if (forced.length > 0) result.forced = forced;
    return result;
  }
}

/**
 * Latest finish times from a backward pass over mode-0 durations against the critical-path length,
 * tightened by due dates and pinned starts: the classic LFT priority, which puts activities with
 * the least slack (or the nearest milestone deadline) first.
 */
export function latestFinishPriority(cp: CompiledProblem): Float64Array {
  const { n, topoOrder, predStart, predAct, predLag, succStart, succAct, succLag, modeStart, modeDuration } = cp;
  const early = new Float64Array(n);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const j = topoOrder[i];
    let es = cp.fixedStart[j] >= 0 ? cp.fixedStart[j] : cp.release[j];
    if (cp.fixedStart[j] < 0) {
      for (let k = predStart[j]; k < predStart[j + 1]; k++) {
        const v = early[predAct[k]] + modeDuration[modeStart[predAct[k]]] + predLag[k];
        if (v > es) es = v;
      }
    }
    early[j] = es;
    end = Math.max(end, es + modeDuration[modeStart[j]]);
  }
  const lf = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const j = topoOrder[i];
    let v = end;
    if (cp.fixedStart[j] >= 0) v = cp.fixedStart[j] + modeDuration[modeStart[j]];
    if (cp.hasDue[j] && cp.dueDate[j] < v) v = cp.dueDate[j];
    if (cp.latestFinish[j] < v) v = cp.latestFinish[j];
    for (let k = succStart[j]; k < succStart[j + 1]; k++) {
      const s = succAct[k];
      const w = lf[s] - modeDuration[modeStart[s]] - succLag[k];
      if (w < v) v = w;
    }
    lf[j] = v;
  }
  return lf;
}
