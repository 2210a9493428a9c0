import { addDays, isValidDateString } from '../calendar';
import { ProgrammeInputError, type ProgrammeInputIssue } from '../demand';
import {
  createPartial,
  prepareForecast,
  simulateSteps,
  withExtraCapacity,
  type ExtraCapacity,
  type ForecastInput,
  type PreparedForecast,
} from '../forecast';
import { runToEnd } from '../run-to-end';
import { HOURS_PER_FTE, vacancyLeadWeeks } from '../supply';

/** One step of advice: 0.1 fte = 3.6 hours a week (CAO Gemeenten: 36 h = 1 fte). */
export const ADVICE_STEP_FTE = 0.1;
/** Contract hours of one fte a year: 36 × 52 = 1,872 (domain.md). */
export const HOURS_PER_FTE_YEAR = 1872;
/** Inhuur rate default (domain.md: assumption, configurable). */
export const DEFAULT_EXTERNAL_HOURLY_RATE = 110;

export interface AdviceOptions {
  /** Every milestone with a deadline should be on time with at least this probability (e.g. 0.8). */
  targetProbability: number;
  /** Euros an hour for internal staff (salary and overhead); no published default, so the caller chooses. */
  internalHourlyRate: number;
  /** Euros an hour for inhuur (default 110). */
  externalHourlyRate?: number;
  /** Extra staff start no earlier than today plus the hiring lead time (default: programme.today). */
  today?: string;
  /** Weeks to hire; default each discipline's vacancy lead time (12, 20 for technical and spatial). */
  hiringLeadWeeks?: number;
  /** Simulations per evaluation (default 200); all evaluations share the same random draws. */
  simulations?: number;
  seed?: number;
  /** Upper bound of extra capacity per discipline (default 20 fte). */
  maxFtePerDiscipline?: number;
  /** Budget of forecast evaluations (default 60). */
  maxEvaluations?: number;
}

export interface DisciplineAdvice {
  disciplineId: string;
  fte: number;
  hoursPerWeek: number;
  /** First day the extra capacity can work (today plus the hiring lead time). */
  from: string;
  yearlyHours: number;
  yearlyCostInternal: number;
  yearlyCostExternal: number;
}

export interface AdviceResult {
  /** True when the advised capacity lifts every milestone to the target probability. */
  reachesTarget: boolean;
  targetProbability: number;
  extra: DisciplineAdvice[];
  totalFte: number;
  yearlyCostInternal: number;
  yearlyCostExternal: number;
  milestones: { milestoneId: string; name: string; probabilityBefore: number; probabilityAfter: number }[];
  evaluations: number;
  simulations: number;
  note: string;
}

interface Evaluation {
  /** P(on time) per milestone with a deadline. */
  probabilities: Float64Array;
  /** Per discipline: the shortfall of late simulations it held back, weighted by how far each milestone misses the target. */
  pressure: Float64Array;
  meets: boolean;
}

/**
 * The least extra capacity per discipline, in steps of 0.1 fte from today plus the hiring lead
 * time, that lifts every milestone with a deadline to the target probability of being on time.
 * Greedy on the bottleneck discipline (the one the late simulations' explanations blame most),
 * from one fte at a time upwards, then trimmed discipline by discipline by bisection. Common random numbers:
 * every evaluation replays the same simulated futures, so differences come from capacity alone.
 */
export function adviseCapacity(
  input: ForecastInput | PreparedForecast,
  options: AdviceOptions,
): AdviceResult {
  return runToEnd(adviseCapacitySteps(input, options));
}

/** Where the search is after an evaluation, or within one: for progress reports between steps. */
export interface AdviceStep {
  /** Forecast evaluations made so far. */
  evaluations: number;
  /** The evaluations the search may still make at most (greedy budget plus trimming). */
  maxEvaluations: number;
  stage: 'search' | 'trim' | 'final';
  /** Extra fte in total at this point of the search. */
  totalFte: number;
  /** Simulations of the current evaluation done so far (all of them once it is evaluated). */
  simulated: number;
  /** Simulations an evaluation runs. */
  simulations: number;
}

/** Simulations of an evaluation between two steps of adviseCapacitySteps: some 20–40 ms on a large gemeente. */
const SIMULATIONS_PER_STEP = 8;

/**
 * `adviseCapacity` step by step: yields after each forecast evaluation (`simulated` equal to
 * `simulations`) and, within an evaluation, after every SIMULATIONS_PER_STEP simulations; returns
 * the same result, so a caller can report progress, yield to its event loop or stop between steps.
 */
export function* adviseCapacitySteps(
  input: ForecastInput | PreparedForecast,
  options: AdviceOptions,
): Generator<AdviceStep, AdviceResult, void> {
  const base = prepareForecast(input);
  const { model } = base;
  const issues: ProgrammeInputIssue[] = [];
  if (!(options.targetProbability > 0 && options.targetProbability <= 1)) {
    issues.push({ field: 'targetProbability', rule: 'range-0-1', message: 'must lie in (0, 1]' });
  }
  if (!(options.internalHourlyRate >= 0))
    issues.push({ field: 'internalHourlyRate', rule: 'non-negative', message: 'must be ≥ 0' });
  if (options.today !== undefined && !isValidDateString(options.today)) {
    issues.push({ field: 'today', rule: 'date', message: 'must be a date YYYY-MM-DD' });
  }
  if (issues.length) throw new ProgrammeInputError(issues);

  const D = model.supply.disciplineIds.length;
  const simulations = options.simulations ?? 200;
  const seed = options.seed ?? 1;
  const target = options.targetProbability;
  const maxSteps = Math.round((options.maxFtePerDiscipline ?? 20) / ADVICE_STEP_FTE);
  const maxEvaluations = options.maxEvaluations ?? 60;
  const today = options.today ?? model.programme.today;
  const from = model.programme.disciplines.map((d) =>
    addDays(today, 7 * (options.hiringLeadWeeks ?? vacancyLeadWeeks(d, model.programme.turnover))),
  );
  const due = model.milestones.map((m, k) => k).filter((k) => model.milestones[k].dueWeek >= 0);
  const stepHours = ADVICE_STEP_FTE * HOURS_PER_FTE;
  let evaluations = 0;

  const extrasOf = (steps: Int32Array): ExtraCapacity[] => {
    const out: ExtraCapacity[] = [];
    for (let d = 0; d < D; d++) {
      if (steps[d] > 0)
        out.push({
          disciplineId: model.supply.disciplineIds[d],
          hoursPerWeek: steps[d] * stepHours,
          from: from[d],
        });
    }
    return out;
  };
  // An evaluation simulates in slices, yielding a step after each but the last (which the caller's
  // step follows), so a long one (1,000 simulations of a large gemeente take seconds) never holds
  // its caller for long.
  function* evaluate(steps: Int32Array, stage: AdviceStep['stage']): Generator<AdviceStep, Evaluation, void> {
    evaluations++;
    const extended = withExtraCapacity(base, extrasOf(steps));
    const partial = createPartial(extended, seed, { from: 0, to: simulations }, { milestonesOnly: true });
    for (const done of simulateSteps(partial, extended, { from: 0, to: simulations })) {
      if (done % SIMULATIONS_PER_STEP === 0 && done < simulations) yield step(stage, done);
    }
    const M = partial.milestones;
    const probabilities = new Float64Array(due.length);
    const pressure = new Float64Array(D);
    due.forEach((m, k) => {
      const dueWeek = model.milestones[m].dueWeek;
      let onTime = 0;
      for (let s = 0; s < simulations; s++) {
        const f = partial.milestoneFinish[s * M + m];
        if (f >= 0 && f <= dueWeek) onTime++;
      }
      probabilities[k] = simulations ? onTime / simulations : 1;
      const miss = target - probabilities[k];
      if (miss <= 0) return;
      for (let s = 0; s < simulations; s++) {
        const h = partial.holding[s * M + m];
        if (h >= 0) pressure[h] += miss;
      }
    });
    return { probabilities, pressure, meets: probabilities.every((p) => p >= target - 1e-12) };
  }

  const steps = new Int32Array(D);
  const totalFte = () => Math.round(steps.reduce((a, b) => a + b, 0) * ADVICE_STEP_FTE * 10) / 10;
  const step = (stage: AdviceStep['stage'], simulated = simulations): AdviceStep => ({
    evaluations,
    maxEvaluations: maxEvaluations + 41,
    stage,
    totalFte: totalFte(),
    simulated,
    simulations,
  });
  const before = yield* evaluate(steps, 'search');
  yield step('search');
  let current = before;
  let note = '';
  // Greedy: add to the discipline the late simulations blame most — one fte, doubling while the
  // same discipline stays the bottleneck (large gaps close in few evaluations; trimming undoes overshoot).
  let lastPick = -1;
  let increment = Math.round(1 / ADVICE_STEP_FTE);
  while (!current.meets && evaluations < maxEvaluations) {
    let pick = -1;
    for (let d = 0; d < D; d++) {
      if (
        steps[d] < maxSteps &&
        current.pressure[d] > 0 &&
        (pick < 0 || current.pressure[d] > current.pressure[pick])
      )
        pick = d;
    }
    if (pick < 0) {
      note =
        'no discipline holds the late milestones back: their chains of tasks are too long for the deadlines, so extra staff does not help';
      break;
    }
    increment =
      pick === lastPick
        ? Math.min(increment * 2, Math.round(8 / ADVICE_STEP_FTE))
        : Math.round(1 / ADVICE_STEP_FTE);
    lastPick = pick;
    steps[pick] = Math.min(maxSteps, steps[pick] + increment);
    current = yield* evaluate(steps, 'search');
    yield step('search');
  }
  const reachesTarget = current.meets;
  if (!reachesTarget && !note)
    note = `the target was not reached within ${maxEvaluations} evaluations or ${maxSteps * ADVICE_STEP_FTE} fte per discipline`;
  // Trim: per discipline, the fewest steps that still meet the target (bisection, others fixed).
  if (reachesTarget) {
    const order = [...steps.keys()].filter((d) => steps[d] > 0).sort((a, b) => steps[b] - steps[a] || a - b);
    for (const d of order) {
      let lo = 0;
      let hi = steps[d];
      while (lo < hi && evaluations < maxEvaluations + 40) {
        const mid = (lo + hi) >> 1;
        steps[d] = mid;
        const { meets } = yield* evaluate(steps, 'trim');
        yield step('trim');
        if (meets) hi = mid;
        else lo = mid + 1;
      }
      steps[d] = hi;
    }
    current = yield* evaluate(steps, 'final');
    yield step('final');
    note = 'least capacity found by greedy search on the bottleneck discipline and per-discipline trimming';
  }

  const externalRate = options.externalHourlyRate ?? DEFAULT_EXTERNAL_HOURLY_RATE;
  const extra: DisciplineAdvice[] = [];
  for (let d = 0; d < D; d++) {
    if (steps[d] === 0) continue;
    const fte = Math.round(steps[d] * ADVICE_STEP_FTE * 10) / 10;
    const yearlyHours = Math.round(fte * HOURS_PER_FTE_YEAR);
    extra.push({
      disciplineId: model.supply.disciplineIds[d],
      fte,
      hoursPerWeek: Math.round(steps[d] * stepHours * 10) / 10,
      from: from[d],
      yearlyHours,
      yearlyCostInternal: Math.round(yearlyHours * options.internalHourlyRate),
      yearlyCostExternal: Math.round(yearlyHours * externalRate),
    });
  }
  return {
    reachesTarget: current.meets,
    targetProbability: target,
    extra,
    totalFte: Math.round(extra.reduce((s, e) => s + e.fte, 0) * 10) / 10,
    yearlyCostInternal: extra.reduce((s, e) => s + e.yearlyCostInternal, 0),
    yearlyCostExternal: extra.reduce((s, e) => s + e.yearlyCostExternal, 0),
    milestones: due.map((m, k) => ({
      milestoneId: model.milestones[m].id,
      name: model.milestones[m].name,
      probabilityBefore: before.probabilities[k],
      probabilityAfter: current.probabilities[k],
    })),
    evaluations,
    simulations,
    note,
  };
}
