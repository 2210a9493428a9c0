import type { ScenarioPlanView } from '@wijkkracht/contracts';
import { toDayNumber } from '../ui/iso-date';

/** 36 hours a week is one fte under the CAO Gemeenten. */
const HOURS_PER_FTE = 36;

/** Programme fte per discipline in a plan view on a date: staff under contract that day, contract hours × share. */
export function fteByDiscipline(view: ScenarioPlanView, on: string): Map<string, number> {
  const day = toDayNumber(on);
  const fte = new Map<string, number>();
  for (const member of view.staff) {
    if (toDayNumber(member.startDate) > day || (member.endDate && toDayNumber(member.endDate) < day)) continue;
    const value = (member.contractHours * member.programmeShare) / HOURS_PER_FTE;
    fte.set(member.primaryDisciplineId, (fte.get(member.primaryDisciplineId) ?? 0) + value);
  }
  return fte;
}
