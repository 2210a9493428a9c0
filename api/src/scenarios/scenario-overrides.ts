import type { ScenarioOverrides, ScenarioPlanView } from '@wijkkracht/contracts';
import type { StaffMember } from '../staff/staff-member.entity';
import type { Wijk } from '../wijken/wijk.entity';
import { addWeeks } from '../common/dates/add-weeks';

/** The plan as the scenario sees it: the plan of record with the overrides applied, nothing stored. */
export function applyScenarioOverrides(wijken: Wijk[], staff: StaffMember[], o: ScenarioOverrides): ScenarioPlanView {
  const shift = new Map((o.shiftStarts ?? []).map((s) => [s.wijkId, s.weeks]));
  const share = new Map((o.programmeShare ?? []).map((s) => [s.staffMemberId, s.share]));
  const leaves = new Map((o.removeStaff ?? []).map((s) => [s.staffMemberId, s.from]));
  return {
    wijken: [
      ...wijken.map((w) => {
        const weeks = shift.get(w.id);
        const base = pickWijk(w);
        return weeks === undefined
          ? { ...base, id: w.id, changedBy: 'plan' as const }
          : { ...base, id: w.id, plannedStart: addWeeks(w.plannedStart, weeks), targetDate: addWeeks(w.targetDate, weeks), changedBy: 'scenario' as const };
      }),
      ...(o.addWijken ?? []).map((w) => ({ ...w, id: null, changedBy: 'scenario' as const })),
    ],
    staff: [
      ...staff.map((s) => {
        const newShare = share.get(s.id);
        const leaving = leaves.get(s.id);
        const base = pickStaff(s);
        if (newShare === undefined && leaving === undefined) return { ...base, id: s.id, changedBy: 'plan' as const };
        return {
          ...base,
          id: s.id,
          programmeShare: newShare ?? s.programmeShare,
          endDate: leaving !== undefined && (!s.endDate || leaving < s.endDate) ? leaving : s.endDate,
          changedBy: 'scenario' as const,
        };
      }),
      ...(o.addStaff ?? []).map((s) => ({ ...s, endDate: s.endDate ?? null, id: null, changedBy: 'scenario' as const })),
    ],
  };
}

function pickWijk(w: Wijk) {
  const { name, cbsCode, homes, wave, strategy, participationIntensity, plannedStart, targetDate } = w;
  return { name, cbsCode, homes, wave, strategy, participationIntensity, plannedStart, targetDate };
}

function pickStaff(s: StaffMember) {
  const { name, primaryDisciplineId, contractHours, programmeShare, employmentType, startDate, endDate } = s;
  return { name, primaryDisciplineId, contractHours, programmeShare, employmentType, startDate, endDate };
}
