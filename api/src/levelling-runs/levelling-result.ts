import type {
  LateMilestoneDto,
  LevelledTaskDto,
  LevellingResultSummary,
  OverloadDto,
} from '@wijkkracht/contracts';
import type { LevelledPlan, Programme } from '@wijkkracht/planning';

/** Results list at most this many moved tasks and overloads; the whole schedule is paged separately. */
export const MAX_MOVED = 200;
export const MAX_OVERLOADS = 100;

/** The previous levelling a new one is compared with. */
export interface PreviousLevelling {
  runId: string;
  finishedAt: string;
  tasks: { taskId: string; start: string; finish: string }[];
}

/** Names of the plan's tasks, wijken and disciplines, from the run's input snapshot. */
export function planNames(programme: Programme) {
  const wijk = new Map(programme.wijken.map((w) => [w.id, w.name]));
  const discipline = new Map(programme.disciplines.map((d) => [d.id, d.name]));
  const task = new Map(programme.tasks.map((t) => [t.id, t]));
  const phase = new Map(
    programme.wijken.flatMap((w) => (w.phases ?? []).map((p) => [`${w.id}|${p.id}`, p.name] as const)),
  );
  const milestoneWijk = new Map(
    (programme.milestones ?? []).map((m) => [m.id, wijk.get(task.get(m.taskId)?.wijkId ?? '') ?? null]),
  );
  return {
    wijk: (id: string | null | undefined) => (id ? (wijk.get(id) ?? null) : null),
    discipline: (id: string | null | undefined) => (id ? (discipline.get(id) ?? id) : null),
    task: (id: string) => task.get(id),
    taskName: (id: string) => task.get(id)?.name ?? id,
    phase: (wijkId: string | null, phaseId: string | null) =>
      phaseId ? (phase.get(`${wijkId}|${phaseId}`) ?? phaseId) : null,
    milestoneWijk: (id: string) => milestoneWijk.get(id) ?? null,
  };
}

type Names = ReturnType<typeof planNames>;

/** The engine's reasons name tasks and disciplines by id; a planner reads names. */
function withNames(reason: string, names: Names): string {
  return reason
    .replace(/task ([0-9a-f-]{36})/g, (_, id: string) => `task "${names.taskName(id)}"`)
    .replace(/discipline ([0-9a-f-]{36})/g, (_, id: string) => `discipline ${names.discipline(id)}`)
    .replace(/pool of ([0-9a-f-]{36})/g, (_, id: string) => `pool of ${names.discipline(id)}`);
}

/** A levelled plan as the run's stored result: counts, milestones, what could not be placed and why, and what moved. */
export function levellingSummary(
  plan: LevelledPlan,
  programme: Programme,
  parameters: { seed: number; schedules: number },
  previous: PreviousLevelling | null,
): LevellingResultSummary {
  const names = planNames(programme);
  const overloads = [...plan.overloads].sort(
    (a, b) => b.shortfallHours - a.shortfallHours || a.period.localeCompare(b.period),
  );
  const diff = plan.diff;
  return {
    seed: parameters.seed,
    schedules: parameters.schedules,
    schedulesEvaluated: plan.schedulesEvaluated,
    tasks: {
      total: programme.tasks.length,
      scheduled: plan.tasks.length,
      stretched: plan.tasks.filter((t) => t.stretched).length,
      flexible: plan.tasks.filter((t) => t.flexible).length,
      unplaceable: plan.unschedulable.length,
    },
    finish: plan.finish,
    milestones: plan.milestones.map((m) => ({
      milestoneId: m.milestoneId,
      name: m.name,
      wijkName: names.milestoneWijk(m.milestoneId),
      deadline: m.deadline,
      date: m.date,
      lateWeeks: m.lateWeeks,
      onTime: m.onTime,
    })),
    unplaceable: plan.unschedulable.map((u) => {
      const task = names.task(u.taskId);
      return {
        taskId: u.taskId,
        taskName: names.taskName(u.taskId),
        wijkName: names.wijk(task?.wijkId),
        disciplineName: names.discipline(task?.disciplineId),
        reason: withNames(u.reason, names),
      };
    }),
    overloads: overloads.slice(0, MAX_OVERLOADS).map(
      (o): OverloadDto => ({
        disciplineId: o.disciplineId,
        disciplineName: names.discipline(o.disciplineId) ?? o.disciplineId,
        period: o.period,
        shortfallHours: o.shortfallHours,
        demandHours: o.demandHours,
        capacityHours: o.capacityHours,
        contributors: o.contributors.map((c) => ({
          wijkName: names.wijk(c.wijkId),
          phaseName: c.phaseName ?? names.phase(c.wijkId, c.phaseId),
          hours: c.hours,
        })),
      }),
    ),
    overloadCount: plan.overloads.length,
    lateMilestones: plan.lateness.map((l): LateMilestoneDto => {
      const name = plan.milestones.find((m) => m.milestoneId === l.milestoneId)?.name ?? l.milestoneId;
      const holding = names.discipline(l.holdingDisciplineId);
      const waited = l.chain.reduce((w, c) => (c.disciplineId === l.holdingDisciplineId ? w + c.waitedWeeks : w), 0);
      const explanation = !l.chain.length
        ? `Een taak in de keten past niet binnen de horizon: ${withNames(l.reason, names)}.`
        : holding
          ? `De keten van taken wachtte ${waited} ${waited === 1 ? 'week' : 'weken'} op capaciteit van ${holding}.`
          : 'De keten van taken en wachttijden is langer dan de tijd tot de deadline; extra capaciteit helpt niet.';
      return { milestoneId: l.milestoneId, name, lateWeeks: l.lateWeeks, explanation };
    }),
    comparison:
      previous && diff
        ? {
            previousRunId: previous.runId,
            previousFinishedAt: previous.finishedAt,
            moved: diff.moved.slice(0, MAX_MOVED).map((m) => {
              const task = names.task(m.taskId);
              return { ...m, taskName: names.taskName(m.taskId), wijkName: names.wijk(task?.wijkId) };
            }),
            movedCount: diff.moved.length,
            added: diff.added.length,
            removed: diff.removed.length,
            unchanged: diff.unchanged,
          }
        : null,
  };
}

/** The whole schedule as stored with the run (for paging and the next comparison). */
export function levelledTasks(plan: LevelledPlan, programme: Programme): LevelledTaskDto[] {
  const names = planNames(programme);
  const ordered = [...plan.tasks].sort((a, b) => a.startWeek - b.startWeek || a.taskId.localeCompare(b.taskId));
  return ordered.map((t) => {
    const task = names.task(t.taskId);
    return {
      taskId: t.taskId,
      taskName: task?.name ?? t.taskId,
      wijkId: task?.wijkId ?? '',
      disciplineId: task?.disciplineId ?? '',
      start: t.start,
      finish: t.finish,
      isoWeek: t.isoWeek,
      durationWeeks: t.durationWeeks,
      stretched: t.stretched,
      flexible: t.flexible,
      weeklyHours: t.weeklyHours,
    };
  });
}
