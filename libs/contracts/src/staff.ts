import type { ResourceMeta } from './resource';

export const EMPLOYMENT_TYPES = ['permanent', 'temporary', 'external'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export interface StaffMember extends ResourceMeta {
  name: string;
  primaryDisciplineId: string;
  secondaryDisciplineId: string | null;
  teamId: string | null;
  userId: string | null;
  /** Hours a week; 36 = 1 fte (CAO Gemeenten). */
  contractHours: number;
  /** Share of the contract hours available to the programme (0–1). */
  programmeShare: number;
  employmentType: EmploymentType;
  hourlyRate: number | null;
  startDate: string;
  endDate: string | null;
  fundingSource: string | null;
  fundingEndDate: string | null;
}

export interface LeavePeriod extends ResourceMeta {
  staffMemberId: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  reason: string | null;
}

export interface Assignment extends ResourceMeta {
  staffMemberId: string;
  taskId: string;
  hoursPerWeek: number;
  startDate: string;
  endDate: string;
  locked: boolean;
  source: 'manual' | 'leveller';
}

export interface CreateAssignmentRequest {
  staffMemberId: string;
  taskId: string;
  hoursPerWeek: number;
  startDate: string;
  endDate: string;
  locked?: boolean;
}
