import { DEFAULT_DISCIPLINES, DEFAULT_WUP_TEMPLATE, instantiateTemplate, type Programme, type Task } from '@wijkkracht/planning';
import { addWeeks } from '../common/dates/add-weeks';
import { DEFAULT_HORIZON_END, mondayOf } from '../planning-input/programme.mapper';
import { DEMO_ORGANISATION_SETTINGS, demoLeaveRows, demoPlanProgress, demoStaffRows } from './demo-plan';
import type { DemoProgramme } from './demo-programmes';

/**
 * A demo gemeente's plan of record as the engine's input, built from the same rows the seed writes
 * and mapped as `loadProgramme` maps the database (ids are readable stand-ins for the database's
 * UUIDs). Lets a test or a script forecast the demo without a database.
 */
export function demoProgrammeInput(p: DemoProgramme, today: string): Programme {
  const todayDate = new Date(`${today}T00:00:00Z`);
  const staff = demoStaffRows(p);
  const leave = demoLeaveRows(staff);
  const phaseNames = new Map(DEFAULT_WUP_TEMPLATE.phases.map((ph) => [ph.key, ph.name]));
  const tasks: Task[] = [];
  const milestones: NonNullable<Programme['milestones']> = [];
  const wijken: Programme['wijken'] = p.wijken.map((demo, w) => {
    const wijkId = `w${String(w).padStart(2, '0')}`;
    const plan = instantiateTemplate(DEFAULT_WUP_TEMPLATE, demo);
    const taskId = (key: string) => `${wijkId}:${key}`;
    const progressByKey = demoPlanProgress(demo, plan, todayDate);
    for (const t of plan.tasks) {
      const progress = progressByKey.get(t.key)!;
      tasks.push({
        id: taskId(t.key),
        name: t.name,
        wijkId,
        phaseId: t.phase,
        disciplineId: t.discipline,
        effortHours: t.effortHours,
        estimate: { optimistic: t.effortOptimistic, likely: t.effortHours, pessimistic: t.effortPessimistic },
        minDurationWeeks: t.minDurationWeeks,
        maxDurationWeeks: t.maxDurationWeeks,
        dependencies: plan.dependencies
          .filter((d) => d.successor === t.key)
          .map((d) => ({ taskId: taskId(d.predecessor), lagWeeks: d.lagWeeks })),
        earliestStart: demo.plannedStart,
        status: progress.status === 'cancelled' ? 'planned' : progress.status,
        hoursSpent: progress.hoursSpent,
      });
    }
    for (const m of plan.milestones) {
      milestones.push({
        id: `${wijkId}:${m.kind}`,
        name: `${m.name} — ${demo.name}`,
        taskId: taskId(m.task),
        deadline: addWeeks(demo.targetDate, m.deadlineOffsetWeeks),
      });
    }
    const phases = [...new Set(plan.tasks.map((t) => t.phase))].map((id) => ({ id, name: phaseNames.get(id) ?? id }));
    return { id: wijkId, name: demo.name, homes: demo.homes, isStartwijk: demo.wave === 0, phases };
  });
  const monday = mondayOf(today);
  return {
    today: monday,
    horizon: { start: monday, end: DEFAULT_HORIZON_END },
    calendar: {
      holidays: { goodFriday: DEMO_ORGANISATION_SETTINGS.goodFridayOff },
      closingDays: [...DEMO_ORGANISATION_SETTINGS.closingDays],
    },
    disciplines: DEFAULT_DISCIPLINES.map((d) => ({ id: d.code, name: d.name, vacancyLeadWeeks: d.hiringLeadWeeks })),
    staff: staff.map((s, i) => ({
      id: `s${String(i).padStart(2, '0')}`,
      name: s.name,
      disciplineId: s.disciplineCode,
      ...(s.secondaryDisciplineCode ? { secondaryDisciplineId: s.secondaryDisciplineCode } : {}),
      contractHours: s.contractHours,
      programmeShare: s.programmeShare,
      employmentType: s.employmentType,
      ...(s.hourlyRate !== null ? { hourlyRate: s.hourlyRate } : {}),
      start: s.startDate,
      ...(s.endDate ? { end: s.endDate } : {}),
      ...(s.fundingEndDate ? { fundedUntil: s.fundingEndDate } : {}),
      leave: leave
        .filter((l) => l.staffIndex === i)
        .map((l) => ({ from: l.startDate, to: l.endDate, fraction: Math.min(1, l.hoursPerWeek / s.contractHours) })),
    })),
    wijken,
    tasks,
    milestones,
    turnover: { yearlyRate: DEMO_ORGANISATION_SETTINGS.turnoverRate },
  };
}
