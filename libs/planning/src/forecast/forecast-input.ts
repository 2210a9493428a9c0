import { GRANULARITIES, isValidDateString, toDayNumber, weekIndexOfDay, type Granularity } from '../calendar';
import {
  compileProgramme,
  ProgrammeInputError,
  type Programme,
  type ProgrammeInputIssue,
  type ProgrammeModel,
} from '../demand';
import { buildProgrammeProblem, type ProgrammeProblem } from '../plan';

/** Hours a full week added to a discipline's capacity from a date on (hiring advice, scenarios). */
export interface ExtraCapacity {
  disciplineId: string;
  hoursPerWeek: number;
  from: string;
}

export interface ForecastOptions {
  /** Effort distribution from each task's three-point estimate (default 'pert'). */
  distribution?: 'pert' | 'triangular';
  /** Sample start delays where tasks carry one (default true). */
  startDelays?: boolean;
  /** Simulate staff leaving and posts refilled (default true; rates from the programme or defaults). */
  turnover?: boolean;
  /** Periods to report (default all four). */
  granularities?: Granularity[];
  extraCapacity?: ExtraCapacity[];
}

export interface ForecastInput {
  programme: Programme;
  options?: ForecastOptions;
}

/** A forecast input compiled once and reused by every chunk and every simulation. */
export interface PreparedForecast {
  kind: 'prepared-forecast';
  model: ProgrammeModel;
  problem: ProgrammeProblem;
  options: Required<Omit<ForecastOptions, 'extraCapacity'>> & { extraCapacity: ExtraCapacity[] };
  /** Primary capacity per discipline and week, extra capacity included. */
  capacity: Float64Array[];
  flexible: Float64Array[];
}

export function prepareForecast(input: ForecastInput | PreparedForecast): PreparedForecast {
  if ('kind' in input && input.kind === 'prepared-forecast') return input;
  const { programme, options = {} } = input as ForecastInput;
  const issues: ProgrammeInputIssue[] = [];
  if (options.distribution !== undefined && !['pert', 'triangular'].includes(options.distribution)) {
    issues.push({ field: 'options.distribution', rule: 'one-of', message: "must be 'pert' or 'triangular'" });
  }
  (options.granularities ?? []).forEach((g, k) => {
    if (!GRANULARITIES.includes(g)) {
      issues.push({
        field: `options.granularities[${k}]`,
        rule: 'one-of',
        message: 'must be week, month, quarter or year',
      });
    }
  });
  if (issues.length) throw new ProgrammeInputError(issues);
  const model = compileProgramme(programme);
  return withExtraCapacity(
    {
      kind: 'prepared-forecast',
      model,
      problem: buildProgrammeProblem(model),
      options: {
        distribution: options.distribution ?? 'pert',
        startDelays: options.startDelays ?? true,
        turnover: options.turnover ?? true,
        granularities: options.granularities ?? ['week', 'month', 'quarter', 'year'],
        extraCapacity: [],
      },
      capacity: model.supply.capacity,
      flexible: model.supply.flexible,
    },
    options.extraCapacity ?? [],
  );
}

/** The same prepared forecast with other extra capacity; the model and its random draws stay the same. */
export function withExtraCapacity(prepared: PreparedForecast, extra: ExtraCapacity[]): PreparedForecast {
  const { model } = prepared;
  const index = new Map(model.supply.disciplineIds.map((id, d) => [id, d]));
  const capacity = model.supply.capacity.map((c) => new Float64Array(c));
  extra.forEach((e, k) => {
    const d = index.get(e.disciplineId);
    if (d === undefined) {
      throw new ProgrammeInputError([
        {
          field: `extraCapacity[${k}].disciplineId`,
          rule: 'known-discipline',
          message: `unknown discipline ${e.disciplineId}`,
        },
      ]);
    }
    if (!Number.isFinite(e.hoursPerWeek)) {
      throw new ProgrammeInputError([
        { field: `extraCapacity[${k}].hoursPerWeek`, rule: 'finite', message: 'must be a number of hours' },
      ]);
    }
    if (!isValidDateString(e.from)) {
      throw new ProgrammeInputError([
        { field: `extraCapacity[${k}].from`, rule: 'date', message: 'must be a date YYYY-MM-DD' },
      ]);
    }
    const share = model.calendar.share;
    const first = Math.max(0, weekIndexOfDay(model.calendar.horizon, toDayNumber(e.from)));
    // Negative hours model staff lost in a scenario; capacity never drops below zero.
    for (let w = first; w < model.weeks; w++)
      capacity[d][w] = Math.max(0, capacity[d][w] + e.hoursPerWeek * share[w]);
  });
  return { ...prepared, capacity, options: { ...prepared.options, extraCapacity: extra } };
}
