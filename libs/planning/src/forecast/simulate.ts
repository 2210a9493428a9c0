import { aggregateUnitsInto, createPeriodAxis } from '../calendar';
import { forwardPass, milestoneReachedWeek, weeklyDemand } from '../demand';
import {
  compileProblem,
  recompileValues,
  refreshCompiledValues,
  solveCompiledRcpsp,
  type CompiledProblem,
} from '../levelling';
import {
  holdingDiscipline,
  scheduleFromResult,
  createSimulationValues,
  setProblemValues,
  type SimulationValues,
  writeSimulationValues,
} from '../plan';
import { applyVacancies, sampleVacancies, staffLeadWeeks } from '../supply';
import { runToEnd } from '../run-to-end';
import { prepareForecast, type ForecastInput, type PreparedForecast } from './forecast-input';
import { samplePert, sampleTriangular, simulationStream } from './random-stream';

export interface SimulationRange {
  /** First simulation index (inclusive). */
  from: number;
  /** Last simulation index (exclusive). */
  to: number;
}

/**
 * The periods a partial keeps per simulation: weeks when weekly figures are asked for, else
 * months (4× less to store and move; quarters and years are exact sums of months).
 */
export type SampleBasis = 'week' | 'month';

/** Samples are whole hundredths of an hour: sums over periods are exact integers. */
export const SAMPLE_UNITS_PER_HOUR = 100;

/**
 * The samples of simulations [from, to): per simulation, the demand and shortfall of every
 * discipline and period of the basis (hundredths of an hour, discipline-major), each milestone's
 * finish week and the discipline that held it back. `merge` turns any set of partials covering
 * 0..n into the result.
 */
export interface ForecastPartial {
  seed: number;
  from: number;
  to: number;
  basis: SampleBasis;
  /** Periods of the basis per discipline (weeks or months of the horizon). */
  periods: number;
  disciplines: number;
  milestones: number;
  demand: Int32Array;
  shortfall: Int32Array;
  /** Exclusive finish week per simulation and milestone; −1 when not scheduled. */
  milestoneFinish: Int32Array;
  /** Discipline index that held a late milestone back most; −1 when on time or none. */
  holding: Int8Array;
}

/** Simulates [from, to) of a forecast; each simulation draws from its own stream of (seed, index). */
export function simulate(
  input: ForecastInput | PreparedForecast,
  seed: number,
  range: SimulationRange,
  detail: { milestonesOnly?: boolean } = {},
): ForecastPartial {
  const prepared = prepareForecast(input);
  const partial = createPartial(prepared, seed, range, detail);
  simulateInto(partial, prepared, range);
  return partial;
}

/**
 * An empty partial of simulations [from, to) of an input and seed, for `simulateInto` to fill;
 * with `milestonesOnly` it holds no demand or shortfall.
 */
export function createPartial(
  input: ForecastInput | PreparedForecast,
  seed: number,
  range: SimulationRange,
  detail: { milestonesOnly?: boolean } = {},
): ForecastPartial {
  const prepared = prepareForecast(input);
  const { model } = prepared;
  checkRange(range);
  const D = model.supply.disciplineIds.length;
  const M = model.milestones.length;
  const count = range.to - range.from;
  const basis = sampleBasis(prepared);
  const P = createPeriodAxis(model.calendar, basis).labels.length;
  return {
    seed,
    from: range.from,
    to: range.to,
    basis,
    periods: P,
    disciplines: D,
    milestones: M,
    demand: new Int32Array(detail.milestonesOnly ? 0 : count * D * P),
    shortfall: new Int32Array(detail.milestonesOnly ? 0 : count * D * P),
    milestoneFinish: new Int32Array(count * M),
    holding: new Int8Array(count * M),
  };
}

function checkRange(range: SimulationRange): void {
  if (!(
    Number.isInteger(range.from) &&
    Number.isInteger(range.to) &&
    0 <= range.from &&
    range.from <= range.to
  )) {
    throw new RangeError(
      `simulation range must be whole numbers 0 ≤ from ≤ to, got ${range.from}..${range.to}`,
    );
  }
}

/**
 * Simulates `range` into `partial`, which must cover it and come from `createPartial` of the
 * same input.
 */
export function simulateInto(
  partial: ForecastPartial,
  input: ForecastInput | PreparedForecast,
  range: SimulationRange,
): void {
  runToEnd(simulateSteps(partial, input, range));
}

/**
 * `simulateInto` one simulation at a time: yields how many simulations of `range` are done after
 * each. A worker simulates its chunk in slices that yield to its event loop; each step is one
 * whole simulation, so steps of several generators over one input may interleave.
 */
export function* simulateSteps(
  partial: ForecastPartial,
  input: ForecastInput | PreparedForecast,
  range: SimulationRange,
): Generator<number, void, void> {
  const prepared = prepareForecast(input);
  const { model, problem: pp, options } = prepared;
  checkRange(range);
  if (range.from < partial.from || range.to > partial.to) {
    throw new RangeError(
      `simulations ${range.from}..${range.to} lie outside the partial's ${partial.from}..${partial.to}`,
    );
  }
  const n = model.taskIds.length;
  const D = model.supply.disciplineIds.length;
  const W = model.weeks;
  const M = model.milestones.length;
  const basis = sampleBasis(prepared);
  const axis = createPeriodAxis(model.calendar, basis);
  const P = axis.labels.length;
  if (
    partial.basis !== basis ||
    partial.periods !== P ||
    partial.disciplines !== D ||
    partial.milestones !== M
  ) {
    throw new RangeError('the partial comes from a different input');
  }
  const seed = partial.seed;
  const milestonesOnly = partial.demand.length === 0 && partial.to > partial.from;
  const effort = new Float64Array(n);
  const delay = new Int32Array(n);
  const earliestStart = new Int32Array(n);
  const earliestFinish = new Int32Array(n);
  const capacity = prepared.capacity.map((c) => new Float64Array(c.length));
  const flexible = prepared.flexible.map((c) => new Float64Array(c.length));
  const demandBuffers = Array.from({ length: D }, () => new Float64Array(W + 1));
  const gapBuffer = new Float64Array(W);
  const periodUnits = new Float64Array(P);
  const work = workspaceOf(prepared);
  const { feedsFixed, values } = work;
  const sampleEffort = options.distribution === 'triangular' ? sampleTriangular : samplePert;
  const turnover = model.programme.turnover ?? {};

  for (let sim = range.from; sim < range.to; sim++) {
    const k = sim - partial.from;
    const uniform = simulationStream(seed, sim);
    // Draw order is fixed (efforts, delays, turnover) so the same seed replays the same future.
    for (let i = 0; i < n; i++) {
      effort[i] = sampleEffort(uniform, model.effortLow[i], model.effortMode[i], model.effortHigh[i]);
    }
    for (let i = 0; i < n; i++) {
      delay[i] =
        options.startDelays && model.hasDelay[i] && !feedsFixed[i]
          ? Math.round(sampleTriangular(uniform, model.delayLow[i], model.delayMode[i], model.delayHigh[i]))
          : 0;
    }
    for (let d = 0; d < D; d++) {
      capacity[d].set(prepared.capacity[d]);
      flexible[d].set(prepared.flexible[d]);
    }
    if (options.turnover) {
      applyVacancies(
        model.supply,
        sampleVacancies(model.supply, work.leadWeeks, model.todayWeek, uniform, turnover),
        capacity,
        flexible,
      );
    }

    // What the programme asks when every task starts as early as its dependencies allow
    // (advice looks at milestones only and skips it; the arrays then stay empty).
    if (!milestonesOnly) storeDemand(k);

    // What it gets: one levelling pass within the sampled capacity.
    writeSimulationValues(pp, model, effort, delay, capacity, flexible, values);
    // The structure is the same in every simulation: compile it once, then refresh the values
    // in place; through the problem's objects only when a value changes its shape (a zero
    // amount) or fails a rule, so that the compile names the field.
    let compiled = work.compiled;
    if (!compiled || !refreshCompiledValues(compiled, values.usageAmount, values.release, values.capacity)) {
      setProblemValues(pp, values);
      compiled = work.compiled = compiled
        ? recompileValues(compiled, pp.problem)
        : compileProblem(pp.problem);
    }
    const result = solveCompiledRcpsp(compiled, { schedules: 1, seed: 1 });
    const schedule = scheduleFromResult(pp, result);
    for (let m = 0; m < M; m++) {
      const ms = model.milestones[m];
      const s = schedule.starts[ms.task];
      const finish = milestoneReachedWeek(model, m, s < 0 ? -1 : s + schedule.durations[ms.task]);
      partial.milestoneFinish[k * M + m] = finish;
      const late = ms.dueWeek >= 0 && (finish < 0 || finish > ms.dueWeek);
      partial.holding[k * M + m] = late ? holdingDiscipline(model, schedule, ms.task, delay) : -1;
    }
    yield sim + 1 - range.from;
  }

  function storeDemand(k: number): void {
    forwardPass(model, model.minDuration, delay, earliestStart, earliestFinish);
    const demand = weeklyDemand(model, earliestStart, model.minDuration, effort, demandBuffers);
    for (let d = 0; d < D; d++) {
      const series = demand[d];
      const cap = capacity[d];
      const flex = flexible[d];
      for (let w = 0; w < W; w++) {
        const gap = series[w] - cap[w] - flex[w];
        gapBuffer[w] = gap > 0 ? gap : 0;
      }
      const at = (k * D + d) * P;
      store(series, partial.demand, at);
      store(gapBuffer, partial.shortfall, at);
    }
  }

  /** A weekly series into the basis's periods, in whole units (exact: Σ periods = Σ weeks). */
  function store(weekly: Float64Array, into: Int32Array, at: number): void {
    if (basis === 'week') {
      for (let w = 0; w < P; w++) into[at + w] = Math.round(weekly[w] * SAMPLE_UNITS_PER_HOUR);
      return;
    }
    periodUnits.fill(0);
    aggregateUnitsInto(axis, weekly, periodUnits, 0, SAMPLE_UNITS_PER_HOUR);
    for (let p = 0; p < P; p++) into[at + p] = periodUnits[p];
  }
}

/** Weeks when weekly figures are reported, else months. */
export function sampleBasis(prepared: PreparedForecast): SampleBasis {
  return prepared.options.granularities.includes('week') ? 'week' : 'month';
}

/**
 * What simulations of one prepared input share across calls: the compiled problem (refreshed in
 * place per simulation, as within a call) and its value buffers. A caller that simulates in many
 * short slices then compiles once instead of once per slice. Each simulation writes and reads
 * them within one step of `simulateSteps`, so no two simulations use one workspace at a time.
 */
interface SimulationWorkspace {
  /** Tasks that feed a fixed task: a delay must never push work past a pinned successor. */
  feedsFixed: Uint8Array;
  values: SimulationValues;
  compiled: CompiledProblem | null;
  /** Each person's vacancy lead time (the same in every simulation). */
  leadWeeks: Float64Array;
}

const workspaces = new WeakMap<PreparedForecast, SimulationWorkspace>();

function workspaceOf(prepared: PreparedForecast): SimulationWorkspace {
  let work = workspaces.get(prepared);
  if (!work) {
    work = {
      feedsFixed: fixedAncestors(prepared.model),
      values: createSimulationValues(prepared.problem),
      compiled: null,
      leadWeeks: staffLeadWeeks(
        prepared.model.supply,
        prepared.model.programme.disciplines,
        prepared.model.programme.turnover ?? {},
      ),
    };
    workspaces.set(prepared, work);
  }
  return work;
}

/** 1 for every task from which a fixed (pinned or in-progress) task can be reached through dependencies. */
function fixedAncestors(model: PreparedForecast['model']): Uint8Array {
  const n = model.taskIds.length;
  const feeds = new Uint8Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const i = model.topo[k];
    for (let q = model.succStart[i]; q < model.succStart[i + 1] && !feeds[i]; q++) {
      const s = model.succTask[q];
      if (model.fixedStart[s] >= 0 || feeds[s]) feeds[i] = 1;
    }
  }
  return feeds;
}
