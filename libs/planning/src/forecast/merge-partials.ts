import {
  aggregateUnitsInto,
  aggregateWeekly,
  createPeriodAxis,
  fridayOfWeekIndex,
  nestedPeriodIndex,
  type Granularity,
  type PeriodAxis,
} from '../calendar';
import type { ProgrammeModel } from '../demand';
import { totalCapacity } from '../supply';
import { runToEnd } from '../run-to-end';
import { BucketPercentiles } from './order-statistics';
import { prepareForecast, type ForecastInput, type PreparedForecast } from './forecast-input';
import {
  SAMPLE_UNITS_PER_HOUR,
  sampleBasis,
  simulate,
  type ForecastPartial,
  type SampleBasis,
} from './simulate';

export const FORECAST_PERCENTILES = [10, 50, 80, 90] as const;

/** Percentiles per discipline (rows, in `disciplines` order) and period (columns). */
export interface PercentileTable {
  p10: number[][];
  p50: number[][];
  p80: number[][];
  p90: number[][];
}

export interface MilestoneForecast {
  milestoneId: string;
  name: string;
  deadline: string | null;
  /** Share of simulations that reach the milestone by its deadline (1 without a deadline when always scheduled). */
  probabilityOnTime: number;
  /** Dates (the Friday of the week reached) by which 50, 80 and 90 % of simulations reach it; null past the horizon. */
  p50: string | null;
  p80: string | null;
  p90: string | null;
  /** Share of simulations in which it could not be scheduled within the horizon. */
  unscheduledShare: number;
  /** For late simulations: which discipline held the milestone back, as shares of all simulations. */
  heldBackBy: { disciplineId: string; share: number }[];
}

/**
 * A Monte Carlo forecast as plain data (JSON-serialisable). Demand is what the programme asks
 * when every task starts as early as its dependencies allow; shortfall is its excess over the
 * (sampled) capacity, summed over weeks. Milestone dates come from the levelled simulations.
 */
export interface ForecastResult {
  seed: number;
  simulations: number;
  disciplines: string[];
  periods: Partial<Record<Granularity, string[]>>;
  demand: Partial<Record<Granularity, PercentileTable>>;
  shortfall: Partial<Record<Granularity, PercentileTable>>;
  /** Planned capacity (primary plus flexible, extra included, no turnover) per discipline and period. */
  capacity: Partial<Record<Granularity, number[][]>>;
  milestones: MilestoneForecast[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

const PS = FORECAST_PERCENTILES.map((p) => p / 100);

/**
 * The partials in the order of their simulations, checked to cover consecutive ranges of one
 * input and seed. Throws on gaps, overlaps or mixed inputs.
 */
function consecutivePartials(partials: readonly ForecastPartial[]): ForecastPartial[] {
  if (partials.length === 0) throw new RangeError('merge needs at least one partial');
  const sorted = [...partials].sort((a, b) => a.from - b.from);
  const first = sorted[0];
  let expect = first.from;
  for (const p of sorted) {
    if (p.from !== expect) {
      throw new RangeError(
        `partials must cover consecutive simulations without gaps or overlaps; expected one from ${expect}, got ${p.from}`,
      );
    }
    if (
      p.seed !== first.seed ||
      p.basis !== first.basis ||
      p.periods !== first.periods ||
      p.disciplines !== first.disciplines ||
      p.milestones !== first.milestones
    ) {
      throw new RangeError('partials come from different inputs or seeds');
    }
    expect = p.to;
  }
  return sorted;
}

/** Cells of a percentile table transposed and summarised at a time: one step of a merge. */
const BLOCK = 64;

/**
 * Percentiles per cell of samples in whole units, in hours, as a generator that yields after each
 * block of BLOCK cells. The samples come in blocks of consecutive simulations (one per partial,
 * simulation-major: sims × D × P each), read where they lie rather than joined first.
 */
function* percentileTable(
  blocks: readonly (Int32Array | Float64Array)[],
  sims: number,
  D: number,
  P: number,
): Generator<void, PercentileTable, void> {
  const table: PercentileTable = { p10: [], p50: [], p80: [], p90: [] };
  const rows = [table.p10, table.p50, table.p80, table.p90];
  for (const r of rows) for (let d = 0; d < D; d++) r.push(new Array<number>(P));
  const cells = D * P;
  // Samples are stored simulation-major; transposing a block of cells at a time keeps reads
  // sequential, so each cell's column of simulations lies in one run of the buffer.
  const buffer = new Float64Array(BLOCK * sims);
  const percentiles = new BucketPercentiles(sims);
  for (let c0 = 0; c0 < cells; c0 += BLOCK) {
    percentileBlock(blocks, sims, P, c0, Math.min(BLOCK, cells - c0), buffer, percentiles, rows);
    yield;
  }
  return table;
}

/** The steps percentileTable takes for a table of `cells` cells. */
const blockCount = (cells: number) => Math.ceil(cells / BLOCK);

/** The percentiles of cells c0..c0+width into `rows` (p10, p50, p80, p90 by discipline and period). */
function percentileBlock(
  blocks: readonly (Int32Array | Float64Array)[],
  sims: number,
  P: number,
  c0: number,
  width: number,
  buffer: Float64Array,
  percentiles: BucketPercentiles,
  rows: number[][][],
): void {
  const cells = rows[0].length * P;
  const quantiles = new Float64Array(4);
  let s = 0;
  for (const samples of blocks) s = transposeInto(buffer, samples, s, sims, cells, c0, width);
  for (let j = 0; j < width; j++) {
    const column = buffer.subarray(j * sims, (j + 1) * sims);
    const d = Math.floor((c0 + j) / P);
    const p = (c0 + j) % P;
    let min = Infinity;
    let max = -Infinity;
    for (let s = 0; s < sims; s++) {
      const v = column[s];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    // Many cells never vary (no demand yet, no shortfall): nothing to select.
    if (min === max || sims === 0) {
      for (let q = 0; q < 4; q++) rows[q][d][p] = sims === 0 ? 0 : round2(min);
      continue;
    }
    percentiles.compute(column, min, max, PS, quantiles);
    for (let q = 0; q < 4; q++) rows[q][d][p] = round2(quantiles[q]);
  }
}

/**
 * Copies cells c0..c0+width of every simulation in `samples` (in hours) into the columns of
 * `buffer` (one of `sims` rows per cell), from row `s`; returns the row after the last.
 */
function transposeInto(
  buffer: Float64Array,
  samples: Int32Array | Float64Array,
  s: number,
  sims: number,
  cells: number,
  c0: number,
  width: number,
): number {
  const count = samples.length / cells;
  for (let k = 0; k < count; k++, s++) {
    const at = k * cells + c0;
    for (let j = 0; j < width; j++) buffer[j * sims + s] = samples[at + j] / SAMPLE_UNITS_PER_HOUR;
  }
  return s;
}

/**
 * Sums samples of one basis (units, sims × D × periods of `from`) into the periods of a coarser
 * axis. From weeks, a week on a period boundary is split as aggregateWeekly splits it; months
 * nest in quarters and years, so their sums are exactly what the weeks would give.
 */
function regroup(
  samples: Int32Array,
  sims: number,
  D: number,
  from: PeriodAxis,
  to: PeriodAxis,
): Float64Array {
  const Pf = from.labels.length;
  const Pt = to.labels.length;
  const out = new Float64Array(sims * D * Pt);
  const rows = sims * D;
  if (from.granularity === 'week') {
    for (let r = 0; r < rows; r++)
      aggregateUnitsInto(to, samples.subarray(r * Pf, (r + 1) * Pf), out, r * Pt, 1);
  } else {
    const into = nestedPeriodIndex(from, to);
    for (let r = 0; r < rows; r++) {
      for (let p = 0; p < Pf; p++) out[r * Pt + into[p]] += samples[r * Pf + p];
    }
  }
  return out;
}

/** Counts one more step of a merge done; its progress as of now, for the caller. */
function advance(progress: MergeProgress): MergeProgress {
  progress.done++;
  return { ...progress };
}

/** What the tables of one granularity are made of. */
interface TableSource {
  ordered: readonly ForecastPartial[];
  D: number;
  basisAxis: PeriodAxis;
  axis: PeriodAxis;
  sims: number;
  progress: MergeProgress;
}

/**
 * The percentile table of demand or shortfall in one granularity, yielding the merge's progress
 * after each partial summed into its periods and each block of cells. A generator of its own at
 * module level, not a closure in mergeSteps: V8 gives each generator function its own map of
 * generator objects, and optimized code of mergeSteps that used a closure's map was thrown away
 * once the closure of the merge before was collected (recompiled on every merge).
 */
function* tableSteps(
  { ordered, D, basisAxis, axis, sims, progress }: TableSource,
  samplesOf: 'demand' | 'shortfall',
): Generator<MergeProgress, PercentileTable, void> {
  const P = axis.labels.length;
  // Each partial's samples in this granularity's periods, as blocks of one table.
  const blocks: (Int32Array | Float64Array)[] = [];
  for (const p of ordered) {
    if (axis.granularity === basisAxis.granularity) {
      blocks.push(p[samplesOf]);
    } else {
      blocks.push(regroup(p[samplesOf], p.to - p.from, D, basisAxis, axis));
      yield advance(progress);
    }
  }
  const table = percentileTable(blocks, sims, D, P);
  for (let next = table.next(); ; next = table.next()) {
    if (next.done) return next.value;
    yield advance(progress);
  }
}

/** Merges partials kept by week into the month basis of the rest (chunks stored before months were kept). */
function toBasis(
  p: ForecastPartial,
  basis: SampleBasis,
  calendar: ProgrammeModel['calendar'],
): ForecastPartial {
  if (p.basis === basis) return p;
  if (basis !== 'month' || p.basis !== 'week')
    throw new RangeError(`partials sampled by ${p.basis} cannot give figures by ${basis}`);
  const sims = p.to - p.from;
  const weeks = createPeriodAxis(calendar, 'week');
  const months = createPeriodAxis(calendar, 'month');
  return {
    ...p,
    basis,
    periods: months.labels.length,
    // Partials of milestones only (advice) hold no samples.
    demand: p.demand.length
      ? new Int32Array(regroup(p.demand, sims, p.disciplines, weeks, months))
      : p.demand,
    shortfall: p.shortfall.length
      ? new Int32Array(regroup(p.shortfall, sims, p.disciplines, weeks, months))
      : p.shortfall,
  };
}

/** Combines partials covering simulations 0..n into exactly the result of one run of n. */
export function merge(
  input: ForecastInput | PreparedForecast,
  partials: readonly ForecastPartial[],
): ForecastResult {
  return runToEnd(mergeSteps(input, partials));
}

/** How far a merge has come: steps done of all it takes. */
export interface MergeProgress {
  done: number;
  total: number;
}

/**
 * `merge` one step at a time: yields its progress after each block of cells, each partial summed
 * into coarser periods and each milestone (a few milliseconds each on the large gemeente), and
 * returns what `merge` returns. A worker merges in slices and yields to its event loop between
 * them, so a merge of thousands of weekly simulations (seconds) holds up neither its other jobs'
 * lock renewals nor a shutdown, and can report progress.
 */
export function* mergeSteps(
  input: ForecastInput | PreparedForecast,
  partials: readonly ForecastPartial[],
): Generator<MergeProgress, ForecastResult, void> {
  const prepared = prepareForecast(input);
  const { model } = prepared;
  const basis = sampleBasis(prepared);
  const ordered = consecutivePartials(partials.map((p) => toBasis(p, basis, model.calendar)));
  const first = ordered[0];
  if (first.from !== 0)
    throw new RangeError(`partials must cover simulations from 0; the first starts at ${first.from}`);
  const sims = ordered[ordered.length - 1].to;
  const D = first.disciplines;
  const W = model.weeks;
  const M = first.milestones;
  const basisAxis = createPeriodAxis(model.calendar, basis);
  const result: ForecastResult = {
    seed: first.seed,
    simulations: sims,
    disciplines: model.supply.disciplineIds,
    periods: {},
    demand: {},
    shortfall: {},
    capacity: {},
    milestones: [],
  };
  const capacity = model.supply.disciplineIds.map((_, d) => {
    const c = totalCapacity(model.supply, d);
    for (let w = 0; w < W; w++) c[w] += prepared.capacity[d][w] - model.supply.capacity[d][w];
    return c;
  });
  const axes = prepared.options.granularities.map((g) => createPeriodAxis(model.calendar, g));
  const progress: MergeProgress = { done: 0, total: M };
  for (const axis of axes)
    progress.total +=
      2 * (blockCount(D * axis.labels.length) + (axis.granularity === basis ? 0 : ordered.length));
  for (const axis of axes) {
    const g = axis.granularity;
    result.periods[g] = axis.labels;
    const table = { ordered, D, basisAxis, axis, sims, progress };
    result.demand[g] = yield* tableSteps(table, 'demand');
    result.shortfall[g] = yield* tableSteps(table, 'shortfall');
    result.capacity[g] = capacity.map((c) => Array.from(aggregateWeekly(axis, c).values));
  }
  const finishes = new Float64Array(sims);
  for (let m = 0; m < M; m++) {
    const ms = model.milestones[m];
    let onTime = 0;
    let unscheduled = 0;
    const held = new Float64Array(D);
    let s = 0;
    for (const p of ordered) {
      for (let k = 0; k < p.to - p.from; k++, s++) {
        const f = p.milestoneFinish[k * M + m];
        finishes[s] = f < 0 ? Infinity : f;
        if (f < 0) unscheduled++;
        if (f >= 0 && (ms.dueWeek < 0 || f <= ms.dueWeek)) onTime++;
        const h = p.holding[k * M + m];
        if (h >= 0) held[h]++;
      }
    }
    finishes.sort();
    // Nearest rank: a milestone date is a week someone can put in a diary, not an interpolation.
    const dateAt = (p: number): string | null => {
      const f = finishes[Math.max(0, Math.ceil(p * sims) - 1)];
      return Number.isFinite(f) ? fridayOfWeekIndex(model.calendar.horizon, Math.max(0, f - 1)) : null;
    };
    result.milestones.push({
      milestoneId: ms.id,
      name: ms.name,
      deadline: ms.deadline ?? null,
      probabilityOnTime: sims ? onTime / sims : 0,
      p50: sims ? dateAt(0.5) : null,
      p80: sims ? dateAt(0.8) : null,
      p90: sims ? dateAt(0.9) : null,
      unscheduledShare: sims ? unscheduled / sims : 0,
      heldBackBy: [...held]
        .map((count, d) => ({ disciplineId: model.supply.disciplineIds[d], share: count / sims }))
        .filter((h) => h.share > 0)
        .sort((a, b) => b.share - a.share || a.disciplineId.localeCompare(b.disciplineId)),
    });
    yield advance(progress);
  }
  return result;
}

/** A whole forecast of n simulations in one go: the merge of a single chunk. */
export function forecast(
  input: ForecastInput | PreparedForecast,
  seed: number,
  simulations: number,
): ForecastResult {
  const prepared = prepareForecast(input);
  return merge(prepared, [simulate(prepared, seed, { from: 0, to: simulations })]);
}
