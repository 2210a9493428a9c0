import {
  DEFAULT_WUP_TEMPLATE,
  instantiateTemplate,
  type ProcessTemplateDefinition,
  type Programme,
} from '@wijkkracht/planning';
import { addWeeks } from '../common/dates/add-weeks';
import type { ScenarioOverrides } from '@wijkkracht/contracts';

/**
 * A scenario's overrides applied to the engine input of the plan of record: shifted wijken
 * (their tasks' earliest starts and milestone deadlines move along), an extra wave of wijken
 * from the WUP template, hires, leavers and other programme shares. Nothing is stored.
 * Ids of added wijken and staff are derived from their position, so the same scenario always
 * gives the same programme (and fingerprint).
 */
export function applyScenario(
  programme: Programme,
  o: ScenarioOverrides,
  context: {
    disciplineIdByCode: Map<string, string>;
    template?: ProcessTemplateDefinition;
    taskWijk: Map<string, string>;
  },
): Programme {
  const shift = new Map((o.shiftStarts ?? []).map((s) => [s.wijkId, s.weeks]));
  const share = new Map((o.programmeShare ?? []).map((s) => [s.staffMemberId, s.share]));
  const leaves = new Map((o.removeStaff ?? []).map((s) => [s.staffMemberId, s.from]));
  const moved = (wijkId: string | undefined) => (wijkId === undefined ? undefined : shift.get(wijkId));

  const tasks = programme.tasks.map((t) => {
    const weeks = moved(t.wijkId);
    return weeks === undefined || !t.earliestStart
      ? t
      : { ...t, earliestStart: addWeeks(t.earliestStart, weeks) };
  });
  const milestones = (programme.milestones ?? []).map((m) => {
    const weeks = moved(context.taskWijk.get(m.taskId));
    return weeks === undefined || !m.deadline ? m : { ...m, deadline: addWeeks(m.deadline, weeks) };
  });
  const staff = programme.staff.map((s) => {
    const leaving = leaves.get(s.id);
    return {
      ...s,
      ...(share.has(s.id) ? { programmeShare: share.get(s.id)! } : {}),
      ...(leaving !== undefined && (!s.end || leaving < s.end) ? { end: leaving } : {}),
    };
  });
  (o.addStaff ?? []).forEach((s, i) =>
    staff.push({
      id: `scenario-staff-${i}`,
      name: s.name,
      disciplineId: s.primaryDisciplineId,
      contractHours: s.contractHours,
      programmeShare: s.programmeShare,
      employmentType: s.employmentType,
      ...(s.hourlyRate ? { hourlyRate: s.hourlyRate } : {}),
      start: s.startDate,
      ...(s.endDate ? { end: s.endDate } : {}),
      leave: [],
    }),
  );

  const wijken = [...programme.wijken];
  const template = context.template ?? DEFAULT_WUP_TEMPLATE;
  (o.addWijken ?? []).forEach((w, i) => {
    const id = `scenario-wijk-${i}`;
    const plan = instantiateTemplate(template, {
      homes: w.homes,
      participationIntensity: w.participationIntensity,
    });
    wijken.push({
      id,
      name: w.name,
      code: w.cbsCode,
      homes: w.homes,
      isStartwijk: w.wave === 0,
      phases: template.phases.map((p) => ({ id: p.key, name: p.name })),
    });
    for (const t of plan.tasks) {
      tasks.push({
        id: `${id}-${t.key}`,
        name: t.name,
        wijkId: id,
        phaseId: t.phase,
        disciplineId: context.disciplineIdByCode.get(t.discipline) ?? t.discipline,
        effortHours: t.effortHours,
        estimate: { optimistic: t.effortOptimistic, likely: t.effortHours, pessimistic: t.effortPessimistic },
        minDurationWeeks: t.minDurationWeeks,
        maxDurationWeeks: t.maxDurationWeeks,
        dependencies: plan.dependencies
          .filter((d) => d.successor === t.key)
          .map((d) => ({ taskId: `${id}-${d.predecessor}`, lagWeeks: d.lagWeeks })),
        earliestStart: w.plannedStart,
        status: 'planned',
        hoursSpent: 0,
      });
    }
    for (const m of plan.milestones) {
      milestones.push({
        id: `${id}-${m.kind}-${m.task}`,
        name: m.name,
        taskId: `${id}-${m.task}`,
        deadline: addWeeks(w.targetDate, m.deadlineOffsetWeeks),
      });
    }
  });
  return { ...programme, staff, wijken, tasks, milestones };
}
