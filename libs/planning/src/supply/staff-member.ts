import type { DateString } from '../calendar';

export interface Discipline {
  id: string;
  name: string;
  /** Weeks to refill a vacancy; default 12, 20 for technical and spatial disciplines (domain.md, assumption). */
  vacancyLeadWeeks?: number;
}

export interface LeavePeriod {
  from: DateString;
  /** Inclusive. */
  to: DateString;
  /** Share of each working day taken off (default 1; 0.5 for half days). */
  fraction?: number;
}

export type EmploymentType = 'permanent' | 'temporary' | 'external';

export interface StaffMember {
  id: string;
  name?: string;
  disciplineId: string;
  /** A second discipline this person can help out in: optional flexible capacity. */
  secondaryDisciplineId?: string;
  /** Share of the programme hours offered to the secondary discipline (default 0.2, assumption: a day a week). */
  secondaryShare?: number;
  /** Contract hours a week; 36 = 1 fte (CAO Gemeenten). */
  contractHours: number;
  /** Share of contract hours available to the programme (default 0.8: 1,363 of 1,872 productive hours, Rijk rate model 2023). */
  programmeShare?: number;
  employmentType?: EmploymentType;
  hourlyRate?: number;
  /** First and last (inclusive) day of the contract; open when absent. */
  start?: DateString;
  end?: DateString;
  /** The post is funded until this day (e.g. CDOKE until 2025-12-31) and ends then. */
  fundedUntil?: DateString;
  leave?: LeavePeriod[];
}

export const DEFAULT_PROGRAMME_SHARE = 0.8;
export const DEFAULT_SECONDARY_SHARE = 0.2;
export const HOURS_PER_FTE = 36;
