import type { ResourceMeta } from './resource';
import type { EmploymentType, StaffMember } from './staff';
import type { Wijk } from './wijken';

/** What a scenario changes on top of the plan of record; everything else is the plan itself. */
export interface ScenarioOverrides {
  shiftStarts?: { wijkId: string; weeks: number }[];
  addWijken?: {
    name: string;
    cbsCode: string;
    homes: number;
    wave: number;
    strategy: Wijk['strategy'];
    participationIntensity: number;
    plannedStart: string;
    targetDate: string;
  }[];
  addStaff?: {
    name: string;
    primaryDisciplineId: string;
    contractHours: number;
    programmeShare: number;
    employmentType: EmploymentType;
    hourlyRate?: number | null;
    startDate: string;
    endDate?: string | null;
  }[];
  removeStaff?: { staffMemberId: string; from: string }[];
  programmeShare?: { staffMemberId: string; share: number }[];
}

export interface Scenario extends ResourceMeta {
  name: string;
  description: string | null;
  overrides: ScenarioOverrides;
  promotedAt: string | null;
  promotedBy: string | null;
  promotedForecastId: string | null;
}

export interface CreateScenarioRequest {
  name: string;
  description?: string | null;
  overrides?: ScenarioOverrides;
}

/** `GET /scenarios/{id}/plan`: the plan of record with the scenario's overrides applied, each row marked. */
export interface ScenarioPlanView {
  wijken: (Pick<Wijk, 'name' | 'cbsCode' | 'homes' | 'wave' | 'strategy' | 'participationIntensity' | 'plannedStart' | 'targetDate'> & {
    id: string | null;
    changedBy: 'plan' | 'scenario';
  })[];
  staff: (Pick<StaffMember, 'name' | 'primaryDisciplineId' | 'contractHours' | 'programmeShare' | 'employmentType' | 'startDate' | 'endDate'> & {
    id: string | null;
    changedBy: 'plan' | 'scenario';
  })[];
}
