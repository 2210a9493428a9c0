import { DEFAULT_DISCIPLINES } from '../template';
import type { Discipline } from './staff-member';
import type { SupplyModel } from './supply-model';

/** Staff turnover for simulations (A&O fonds Gemeenten, Personeelsmonitor: 6.3–8.8 % a year → 9 % default). */
export interface TurnoverOptions {
  /** Share of staff leaving per year; default 0.09. */
  yearlyRate?: number;
  /** Weeks a post stays vacant before it is refilled; default 12 (disciplines may override, 20 for technical and spatial). */
  vacancyLeadWeeks?: number;
}

export const DEFAULT_TURNOVER_RATE = 0.09;
export const DEFAULT_VACANCY_LEAD_WEEKS = 12;

const DEFAULT_LEAD_BY_CODE = new Map(DEFAULT_DISCIPLINES.map((d) => [d.code, d.hiringLeadWeeks]));

/**
 * Weeks to fill a post of this discipline: its own setting, else the default discipline's with
 * the same code (20 for technical and spatial roles), else the organisation's, else 12.
 */
export function vacancyLeadWeeks(discipline: Discipline, options: TurnoverOptions = {}): number {
  return (
    discipline.vacancyLeadWeeks ??
    DEFAULT_LEAD_BY_CODE.get(discipline.id) ??
    options.vacancyLeadWeeks ??
    DEFAULT_VACANCY_LEAD_WEEKS
  );
}

export interface Vacancy {
  staff: number;
  fromWeek: number;
  /** Exclusive. */
  toWeek: number;
}

/** Each person's vacancy lead time in weeks (`vacancyLeadWeeks` of their discipline), for sampleVacancies. */
export function staffLeadWeeks(
  supply: SupplyModel,
  disciplines: readonly Discipline[],
  options: TurnoverOptions = {},
): Float64Array {
  return Float64Array.from(supply.staffDiscipline, (d) => vacancyLeadWeeks(disciplines[d], options));
}

/**
 * Draws the vacancies of one simulated future: from `fromWeek` on, each person leaves after a
 * geometric number of weeks (weekly hazard from the yearly rate); the post is empty for the
 * vacancy lead time, then refilled by someone who may leave in turn. `uniform` gives [0, 1).
 */
export function sampleVacancies(
  supply: SupplyModel,
  leadWeeks: ArrayLike<number>,
  fromWeek: number,
  uniform: () => number,
  options: TurnoverOptions = {},
): Vacancy[] {
  const rate = options.yearlyRate ?? DEFAULT_TURNOVER_RATE;
  const vacancies: Vacancy[] = [];
  if (rate <= 0) return vacancies;
  const weeks = supply.capacity[0]?.length ?? 0;
  const logStay = Math.log(1 - Math.min(rate, 0.999999)) / 52.1775;
  for (let s = 0; s < supply.staffIds.length; s++) {
    const lead = leadWeeks[s];
    let t = fromWeek;
    for (;;) {
      // Inverse CDF of the geometric distribution: weeks until the next departure.
      const u = uniform();
      t += Math.floor(Math.log(1 - u) / logStay);
      if (t >= weeks) break;
      vacancies.push({ staff: s, fromWeek: t, toWeek: Math.min(weeks, t + lead) });
      t += lead;
    }
  }
  return vacancies;
}

/** Removes the hours of vacant posts from capacity pools (copies made by the caller). */
export function applyVacancies(
  supply: SupplyModel,
  vacancies: readonly Vacancy[],
  capacity: Float64Array[],
  flexible: Float64Array[],
): void {
  for (const v of vacancies) {
    const hours = supply.staffHours[v.staff];
    const flexShare = supply.staffFlexShare[v.staff];
    const primary = capacity[supply.staffDiscipline[v.staff]];
    const flexD = supply.staffFlexDiscipline[v.staff];
    for (let w = v.fromWeek; w < v.toWeek; w++) {
      primary[w] = Math.max(0, primary[w] - hours[w] * (1 - flexShare));
      if (flexD >= 0) flexible[flexD][w] = Math.max(0, flexible[flexD][w] - hours[w] * flexShare);
    }
  }
}
