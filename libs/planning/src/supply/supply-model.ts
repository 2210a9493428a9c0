import type { WorkingCalendar } from '../calendar';
import { ProgrammeInputError, type ProgrammeInputIssue } from '../demand/programme-input-error';
import { staffWeeklyHours, workingDayPrefix } from './staff-hours';
import { DEFAULT_SECONDARY_SHARE, type Discipline, type StaffMember } from './staff-member';

/**
 * Capacity per discipline and week. A person's hours go to the primary pool of their discipline,
 * except the secondary share, which forms a separate flexible pool of the secondary discipline
 * (so an hour is never counted twice and the leveller may draw on the pool when it helps).
 */
export interface SupplyModel {
  disciplineIds: string[];
  /** Primary capacity in hours per discipline and week. */
  capacity: Float64Array[];
  /** Flexible capacity per discipline and week, offered by staff whose secondary discipline it is. */
  flexible: Float64Array[];
  staffIds: string[];
  /** Programme hours per person and week, before the split into pools. */
  staffHours: Float64Array[];
  staffDiscipline: Int32Array;
  /** Discipline index of the flexible pool a person feeds, or −1. */
  staffFlexDiscipline: Int32Array;
  staffFlexShare: Float64Array;
}

export function buildSupply(
  calendar: WorkingCalendar,
  disciplines: readonly Discipline[],
  staff: readonly StaffMember[],
): SupplyModel {
  const index = new Map(disciplines.map((d, i) => [d.id, i]));
  const issues: ProgrammeInputIssue[] = [];
  staff.forEach((s, i) => {
    if (!index.has(s.disciplineId)) {
      issues.push({
        field: `staff[${i}].disciplineId`,
        rule: 'known-discipline',
        message: `unknown discipline ${JSON.stringify(s.disciplineId)} for ${s.id}`,
      });
    }
    if (s.secondaryDisciplineId !== undefined && !index.has(s.secondaryDisciplineId)) {
      issues.push({
        field: `staff[${i}].secondaryDisciplineId`,
        rule: 'known-discipline',
        message: `unknown discipline ${JSON.stringify(s.secondaryDisciplineId)} for ${s.id}`,
      });
    }
    if (!(s.contractHours >= 0 && s.contractHours <= 60)) {
      issues.push({
        field: `staff[${i}].contractHours`,
        rule: 'range-0-60',
        message: `contract hours must lie between 0 and 60, got ${s.contractHours}`,
      });
    }
    const share = s.programmeShare;
    if (share !== undefined && !(share >= 0 && share <= 1)) {
      issues.push({
        field: `staff[${i}].programmeShare`,
        rule: 'range-0-1',
        message: `programme share must lie between 0 and 1, got ${share}`,
      });
    }
  });
  if (issues.length) throw new ProgrammeInputError(issues);

  const weeks = calendar.horizon.weeks;
  const capacity = disciplines.map(() => new Float64Array(weeks));
  const flexible = disciplines.map(() => new Float64Array(weeks));
  const prefix = workingDayPrefix(calendar);
  const staffHours: Float64Array[] = [];
  const staffDiscipline = new Int32Array(staff.length);
  const staffFlexDiscipline = new Int32Array(staff.length).fill(-1);
  const staffFlexShare = new Float64Array(staff.length);
  staff.forEach((s, i) => {
    const hours = staffWeeklyHours(calendar, s, prefix);
    staffHours.push(hours);
    const d = index.get(s.disciplineId) as number;
    staffDiscipline[i] = d;
    let flexShare = 0;
    if (s.secondaryDisciplineId !== undefined && s.secondaryDisciplineId !== s.disciplineId) {
      flexShare = s.secondaryShare ?? DEFAULT_SECONDARY_SHARE;
      staffFlexDiscipline[i] = index.get(s.secondaryDisciplineId) as number;
      staffFlexShare[i] = flexShare;
    }
    addHours(capacity[d], hours, 1 - flexShare);
    if (flexShare > 0) addHours(flexible[staffFlexDiscipline[i]], hours, flexShare);
  });
  return {
    disciplineIds: disciplines.map((d) => d.id),
    capacity,
    flexible,
    staffIds: staff.map((s) => s.id),
    staffHours,
    staffDiscipline,
    staffFlexDiscipline,
    staffFlexShare,
  };
}

function addHours(into: Float64Array, hours: Float64Array, factor: number): void {
  for (let w = 0; w < into.length; w++) into[w] += hours[w] * factor;
}

/** Primary plus flexible capacity of one discipline. */
export function totalCapacity(supply: SupplyModel, discipline: number): Float64Array {
  const out = new Float64Array(supply.capacity[discipline]);
  const flex = supply.flexible[discipline];
  for (let w = 0; w < out.length; w++) out[w] += flex[w];
  return out;
}
