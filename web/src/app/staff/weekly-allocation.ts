import type { Assignment, LeavePeriod, StaffMember } from '@wijkkracht/contracts';
import { addDays, addWeeks, mondayOf, toDayNumber } from '../ui/iso-date';

/** 36 hours a week is one fte under the CAO Gemeenten. */
export const HOURS_PER_FTE = 36;

export interface WeekAllocation {
  /** Monday of the ISO week. */
  week: string;
  available: number;
  allocated: number;
  overAllocated: boolean;
}

function overlapsWeek(monday: string, from: string, to: string | null): boolean {
  const first = toDayNumber(monday);
  const last = first + 6;
  return toDayNumber(from) <= last && (to === null || toDayNumber(to) >= first);
}

/**
 * Hours a person has for the programme in a week (design.md, "Supply"): contract hours × programme share minus
 * leave, zero outside the contract. Working days and public holidays are left to the engine; this view shows whole
 * weeks so a team lead can see the load at a glance.
 */
export function availableHours(member: StaffMember, leave: readonly LeavePeriod[], monday: string): number {
  if (!overlapsWeek(monday, member.startDate, member.endDate)) return 0;
  const onLeave = leave
    .filter((period) => period.staffMemberId === member.id && overlapsWeek(monday, period.startDate, period.endDate))
    .reduce((sum, period) => sum + period.hoursPerWeek, 0);
  return Math.max(0, member.contractHours * member.programmeShare - onLeave);
}

/** Hours a week asked of the person by the assignments running in that week. */
export function allocatedHours(assignments: readonly Assignment[], staffMemberId: string, monday: string): number {
  return assignments
    .filter((a) => a.staffMemberId === staffMemberId && overlapsWeek(monday, a.startDate, a.endDate))
    .reduce((sum, a) => sum + a.hoursPerWeek, 0);
}

/** Week by week from the week holding `from`, for `weeks` weeks. */
export function weeklyAllocation(
  member: StaffMember,
  assignments: readonly Assignment[],
  leave: readonly LeavePeriod[],
  from: string,
  weeks: number,
): WeekAllocation[] {
  const first = mondayOf(from);
  return Array.from({ length: weeks }, (_, index) => {
    const week = addWeeks(first, index);
    const available = availableHours(member, leave, week);
    const allocated = allocatedHours(assignments, member.id, week);
    // A hundredth of an hour of rounding is not over-allocation.
    return { week, available, allocated, overAllocated: allocated > available + 0.01 };
  });
}

/** The fte a person brings to the programme: contract hours × share / 36. */
export function programmeFte(member: Pick<StaffMember, 'contractHours' | 'programmeShare'>): number {
  return (member.contractHours * member.programmeShare) / HOURS_PER_FTE;
}

/** The last day of the week starting on the Monday. */
export function sundayOf(monday: string): string {
  return addDays(monday, 6);
}
