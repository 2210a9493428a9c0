import { toDayNumber, type WorkingCalendar } from '../calendar';
import { DEFAULT_PROGRAMME_SHARE, type StaffMember } from './staff-member';

/** Prefix sums of working days, so the working days of any day range cost O(1). */
export function workingDayPrefix(calendar: WorkingCalendar): Int32Array {
  const prefix = new Int32Array(calendar.workingDay.length + 1);
  for (let i = 0; i < calendar.workingDay.length; i++) prefix[i + 1] = prefix[i] + calendar.workingDay[i];
  return prefix;
}

/**
 * Programme hours of one person per week: contract hours × (working days in the week within the
 * contract / 5) × programme share − leave hours; zero outside contract and funding dates.
 */
export function staffWeeklyHours(
  calendar: WorkingCalendar,
  member: StaffMember,
  prefix = workingDayPrefix(calendar),
): Float64Array {
  const { horizon, workingDay } = calendar;
  const days = horizon.weeks * 7;
  const hours = new Float64Array(horizon.weeks);
  const perDay = (member.contractHours / 5) * (member.programmeShare ?? DEFAULT_PROGRAMME_SHARE);
  let first = member.start ? toDayNumber(member.start) - horizon.firstMonday : 0;
  let last = days - 1;
  if (member.end) last = Math.min(last, toDayNumber(member.end) - horizon.firstMonday);
  if (member.fundedUntil) last = Math.min(last, toDayNumber(member.fundedUntil) - horizon.firstMonday);
  first = Math.max(0, first);
  if (last < first) return hours;
  for (let w = Math.floor(first / 7); w <= Math.floor(last / 7); w++) {
    const a = Math.max(first, w * 7);
    const b = Math.min(last + 1, w * 7 + 7);
    hours[w] = perDay * (prefix[b] - prefix[a]);
  }
  for (const leave of member.leave ?? []) {
    const fraction = leave.fraction ?? 1;
    const a = Math.max(first, toDayNumber(leave.from) - horizon.firstMonday);
    const b = Math.min(last, toDayNumber(leave.to) - horizon.firstMonday);
    for (let d = a; d <= b; d++) {
      if (workingDay[d] === 1) hours[(d / 7) | 0] -= perDay * fraction;
    }
  }
  for (let w = 0; w < hours.length; w++) if (hours[w] < 1e-9) hours[w] = 0;
  return hours;
}
