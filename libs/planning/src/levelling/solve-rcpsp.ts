import { runToEnd } from '../run-to-end';
import { ActivityOrderer } from './activity-orderer';
import { CompiledProblem, compileProblem } from './compile-problem';
import { describeUnschedulable } from './describe-unschedulable';
import { RcpspInputError } from './rcpsp-input-error';
import { RcpspOptions, RcpspProblem, RcpspResult, RcpspUnschedulable } from './rcpsp.types';
import { SeededRandom } from './seeded-random';
import { STATUS_FORCED, STATUS_UNSCHEDULABLE, SerialScheduleGenerator } from './serial-schedule-generator';

/** A justified schedule in the search: its activity list (start order), preferred modes and score. */
interface Candidate {
  /** Start order of the schedule: the representation the moves work on. */
  list: Int32Array;
  /** Local mode index per activity. */
  modes: Int32Array;
  starts: Int32Array;
  unschedulable: number;
  forced: number;
  lateness: number;
  makespan: number;
  stretched: number;
  hash: number;
  /** The list and modes that produced this schedule: replaying them reproduces it exactly. */
  decodedList: Int32Array;
  decodedModes: Int32Array;
}

const LATENESS_EPSILON = 1e-9;
/** Shift moves per perturbation: 1..MAX_SHIFTS, tuned on PSPLIB J30/J60. */
const MAX_SHIFTS = 4;
/** Non-improving steps before the local search moves on to another population member. */
const STALL_LIMIT = 300;
/** Memory of justified schedules is dropped beyond this size, to bound memory on long runs. */
const MEMO_LIMIT = 200_000;
/** Activities scheduled (activities × schedules) between two steps of solveRcpspSteps at least. */
const STEP_WORK = 5_000;

/** Lexicographic: fewest unschedulable, fewest forced, least weighted lateness, shortest makespan, fewest stretched. */
function compare(a: Candidate, b: Candidate): number {
  if (a.unschedulable !== b.unschedulable) return a.unschedulable - b.unschedulable;
  if (a.forced !== b.forced) return a.forced - b.forced;
  if (Math.abs(a.lateness - b.lateness) > LATENESS_EPSILON) return a.lateness - b.lateness;
  if (a.makespan !== b.makespan) return a.makespan - b.makespan;
  return a.stretched - b.stretched;
}

/**
 * Resource-constrained scheduling with time-varying capacities, lags, releases, pins, due dates
 * and stretchable modes.
 *
 * `schedules: 1` is one pass of the serial schedule-generation scheme (SSGS) with the
 * latest-finish-time rule (due dates included): the Monte Carlo fast path. Larger budgets build a
 * population of sampled activity lists, each improved by forward–backward justification (Valls et
 * al. 2005), then run an iterated local search over that population: random precedence-feasible
 * shifts in the activity list, each candidate decoded by the SSGS and justified, equal-or-better
 * accepted; when it stalls, the member it started from is replaced by the better local optimum and
 * the search goes on from another member. (A Hartmann-style GA and a memetic variant with two-point
 * crossover were measured on PSPLIB and did worse at the same budget.) Every schedule generated,
 * forward or backward, counts against the budget; justifying a schedule already justified once is
 * skipped because it would only repeat itself. Deterministic for a given seed.
 */
export function solveRcpsp(problem: RcpspProblem, options: RcpspOptions): RcpspResult {
  return solveCompiledRcpsp(compileProblem(problem), options);
}

/** solveRcpsp on a problem compiled already (compileProblem, or recompileValues between simulations). */
export function solveCompiledRcpsp(compiled: CompiledProblem, options: RcpspOptions): RcpspResult {
  return runToEnd(solveCompiledRcpspSteps(compiled, options));
}

/** How far a search has come: schedules generated of the budget. */
export interface SearchProgress {
  schedules: number;
  budget: number;
}

/**
 * `solveRcpsp` step by step: yields its progress after each schedule it evaluates (with the
 * justifications that follow it) and returns what `solveRcpsp` returns, so a worker can level
 * thousands of schedules in slices, yielding to its event loop and reporting progress between them.
 */
export function solveRcpspSteps(
  problem: RcpspProblem,
  options: RcpspOptions,
): Generator<SearchProgress, RcpspResult, void> {
  return solveCompiledRcpspSteps(compileProblem(problem), options);
}

/** solveRcpspSteps on a problem compiled already. */
export function solveCompiledRcpspSteps(
  compiled: CompiledProblem,
  options: RcpspOptions,
): Generator<SearchProgress, RcpspResult, void> {
  checkOptions(options);
  return new ScheduleSearch(compiled, options).steps();
}

function checkOptions(options: RcpspOptions): void {
  if (options === null || typeof options !== 'object')
    throw new RcpspInputError('options', 'must be an object');
  if (!Number.isInteger(options.schedules) || options.schedules < 1) {
    throw new RcpspInputError('options.schedules', `must be a whole number ≥ 1, got ${options.schedules}`);
  }
  if (!Number.isInteger(options.seed))
    throw new RcpspInputError('options.seed', `must be an integer, got ${options.seed}`);
}

class ScheduleSearch {
  private readonly gen: SerialScheduleGenerator;
  private readonly orderer: ActivityOrderer;
  private readonly random: SeededRandom;
  private readonly priority: Float64Array;
  private readonly keys: Float64Array;
  private readonly scratchList: Int32Array;
  private readonly scratchModes: Int32Array;
  private readonly multiMode: boolean;
  private readonly justified = new Set<number>();
  private used = 0;
  private usedAtStep = 0;
  private best: Candidate | null = null;

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

  /** The search, yielding its progress after each evaluation. */
  *steps(): Generator<SearchProgress, RcpspResult, void> {
    const cp = this.cp;
    const lftList = this.orderer.forward(this.priority, new Int32Array(cp.n));
    if (this.options.schedules === 1 || cp.n === 0) {
      this.gen.forward(lftList, null);
      this.used = 1;
      return this.result();
    }
    const population = yield* this.initialPopulation(lftList);
    yield* this.localSearch(population);
    const best = this.best as Candidate;
    // Replaying the best schedule's source fills in the generator's diagnostics for the report.
    this.gen.forward(best.decodedList, best.decodedModes);
    return this.result();
  }

  /** The latest-finish-time list plus random precedence-feasible lists, all justified, best first. */
  private *initialPopulation(lftList: Int32Array): Generator<SearchProgress, Candidate[], void> {
    const cp = this.cp;
    const budget = this.options.schedules;
    const size = Math.max(4, Math.min(60, Math.round(Math.sqrt(budget) * 0.6)));
    const population = [this.evaluate(lftList, new Int32Array(cp.n))];
    if (this.stepDue()) yield this.progress();
    // Programmes with deadlines sample around the LFT order; plain makespan problems (PSPLIB) sample freely.
    const spread = this.hasDueDates() ? this.priorityRange() * 0.25 : 0;
    for (let i = 1; i < size && this.used < budget; i++) {
      for (let j = 0; j < cp.n; j++)
        this.keys[j] = spread > 0 ? this.priority[j] + this.random.float() * spread : this.random.float();
      const list = this.orderer.forward(this.keys, new Int32Array(cp.n));
      population.push(this.evaluate(list, this.randomModes(i % 2 === 0 ? 0 : 0.2)));
      if (this.stepDue()) yield this.progress();
    }
    return population.sort(compare);
  }

  private hasDueDates(): boolean {
    for (let j = 0; j < this.cp.n; j++) if (this.cp.hasDue[j]) return true;
    return false;
  }

  private priorityRange(): number {
    let lo = Infinity;
    let hi = -Infinity;
    for (let j = 0; j < this.cp.n; j++) {
      lo = Math.min(lo, this.priority[j]);
      hi = Math.max(hi, this.priority[j]);
    }
    return Math.max(1, hi - lo);
  }

  private *localSearch(population: Candidate[]): Generator<SearchProgress, void, void> {
    const cp = this.cp;
    const budget = this.options.schedules;
    let origin = 0;
    let current = population[0];
    let stall = 0;
    while (this.used < budget) {
      const list = Int32Array.from(current.list);
      const modes = Int32Array.from(current.modes);
      const shifts = 1 + this.random.int(MAX_SHIFTS);
      for (let i = 0; i < shifts; i++) this.shift(list);
      if (this.multiMode && this.random.float() < 0.2) {
        const j = this.random.int(cp.n);
        modes[j] = this.random.int(cp.modeStart[j + 1] - cp.modeStart[j]);
      }
      const candidate = this.evaluate(list, modes);
      const order = compare(candidate, current);
      // Equal schedules are accepted too: plateaus of equal makespan are where the search travels.
      if (order <= 0) current = candidate;
      if (order < 0) stall = 0;
      else if (++stall > STALL_LIMIT) {
        // The population keeps the best local optimum found from each member; go on from another one.
        stall = 0;
        if (compare(current, population[origin]) < 0) population[origin] = current;
        origin = this.random.int(population.length);
        current = population[origin];
      }
      if (this.stepDue()) yield this.progress();
    }
  }

  /**
   * Whether a step ends here: after each evaluation of a large problem (some 20 ms a schedule on a
   * large gemeente), after enough of them on a small one (some 10 µs a PSPLIB J30 schedule).
   */
  private stepDue(): boolean {
    if ((this.used - this.usedAtStep) * this.cp.n < STEP_WORK) return false;
    this.usedAtStep = this.used;
    return true;
  }

  private progress(): SearchProgress {
    return { schedules: this.used, budget: this.options.schedules };
  }

  /** Moves one random activity to a random position between its last predecessor and first successor. */
  private shift(list: Int32Array): void {
    const { n, predStart, predAct, succStart, succAct } = this.cp;
    const pos = this.scratchModes;
    for (let i = 0; i < n; i++) pos[list[i]] = i;
    const from = this.random.int(n);
    const a = list[from];
    let lo = 0;
    let hi = n - 1;
    for (let k = predStart[a]; k < predStart[a + 1]; k++) lo = Math.max(lo, pos[predAct[k]] + 1);
    for (let k = succStart[a]; k < succStart[a + 1]; k++) hi = Math.min(hi, pos[succAct[k]] - 1);
    const to = lo + this.random.int(hi - lo + 1);
    if (to > from) list.copyWithin(from, from + 1, to + 1);
    else if (to < from) list.copyWithin(to + 1, to, from);
    list[to] = a;
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

  /** Decodes a list, then justifies right and left again while that improves the schedule. */
  private evaluate(list: Int32Array, modes: Int32Array): Candidate {
    const gen = this.gen;
    const cp = this.cp;
    const budget = this.options.schedules;
    gen.forward(list, modes);
    this.used++;
    let current = this.snapshot(list, modes);
    // Justification is deterministic: a schedule justified before would only repeat its result.
    const fresh = !this.justified.has(current.hash);
    if (fresh) {
      if (this.justified.size >= MEMO_LIMIT) this.justified.clear();
      this.justified.add(current.hash);
    }
    if (fresh && gen.unschedulable === 0 && gen.forced === 0) {
      const finish = this.keys;
      while (this.used + 2 <= budget) {
        for (let j = 0; j < cp.n; j++) finish[j] = gen.starts[j] + cp.modeDuration[gen.modes[j]];
        const back = gen.backward(this.orderer.backward(finish, this.scratchList));
        this.used++;
        if (back === null) break;
        const next = this.orderer.forward(back, this.scratchList);
        const nextModes = this.scratchModes;
        for (let j = 0; j < cp.n; j++) nextModes[j] = gen.modes[j] - cp.modeStart[j];
        gen.forward(next, nextModes);
        this.used++;
        const candidate = this.snapshot(next, nextModes);
        const order = compare(candidate, current);
        if (order <= 0) current = candidate;
        if (order >= 0) break;
      }
    }
    if (this.best === null || compare(current, this.best) < 0) this.best = current;
    return current;
  }

  /**
   * The generator's current schedule as a candidate whose list is its start order (Lamarckian);
   * with time-varying capacities that order may decode differently, so the source is kept too.
   */
  private snapshot(decodedList: Int32Array, decodedModes: Int32Array): Candidate {
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
      starts: Int32Array.from(gen.starts),
      unschedulable: gen.unschedulable,
      forced: gen.forced,
      lateness: gen.weightedLateness,
      makespan: gen.makespan,
      stretched: gen.stretched,
      hash,
      decodedList: Int32Array.from(decodedList),
      decodedModes: Int32Array.from(decodedModes),
    };
  }

  private result(): RcpspResult {
    const gen = this.gen;
    const { modes, unschedulable, forced } = outcomeByActivity(this.cp, gen);
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
 * Local modes, unschedulable activities with their reasons and forced activities of the
 * generator's schedule. A function of its own: per simulation it runs once over every activity,
 * and code after such a loop, compiled by V8 on stack replacement before it ever ran, was
 * deoptimized again on every call.
 */
function outcomeByActivity(
  cp: CompiledProblem,
  gen: SerialScheduleGenerator,
): { modes: Int32Array; unschedulable: RcpspUnschedulable[]; forced: number[] } {
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
  return { modes, unschedulable, forced };
}

/**
 * Latest finish times from a backward pass over mode-0 durations, tightened by due dates and pins:
 * the classic LFT priority, which puts the activities with the least slack (or the nearest
 * milestone deadline) first.
 */
function latestFinishPriority(cp: CompiledProblem): Float64Array {
  const { n, topoOrder, predStart, predAct, predLag, succStart, succAct, succLag, modeStart, modeDuration } =
    cp;
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
  // Activities without a deadline of their own aim just past the latest due date, so milestone chains go first.
  for (let j = 0; j < n; j++) if (cp.hasDue[j]) end = Math.max(end, cp.dueDate[j] + 1);
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
