import { addDays, type DateString } from '../calendar';
import { instantiateTemplate, type ProcessTemplateDefinition } from '../template';
import type { Milestone, Phase, Task } from './programme';

export interface WijkForTemplate {
  id: string;
  homes: number;
  /** 1 = normal; higher when all residents, not only the usual suspects, must be reached (domain.md lesson 3). */
  participationIntensity: number;
  /** No task starts before this day (the wijk's planned start). */
  plannedStart: DateString;
  /** The wijk's target date (startwijken: gas-free by 2030); milestone deadlines are offsets from it. */
  targetDate: DateString;
}

/**
 * A wijk's tasks and milestones from a process template, in the engine's programme form:
 * ids `<wijk>-<task key>`, effort and three-point estimate scaled by homes and participation.
 */
export function tasksFromTemplate(
  template: ProcessTemplateDefinition,
  wijk: WijkForTemplate,
): { phases: Phase[]; tasks: Task[]; milestones: Milestone[] } {
  const plan = instantiateTemplate(template, {
    homes: wijk.homes,
    participationIntensity: wijk.participationIntensity,
  });
  const id = (key: string) => `${wijk.id}-${key}`;
  const dependencies = new Map<string, Task['dependencies'] & object>();
  for (const d of plan.dependencies) {
    const list = dependencies.get(d.successor) ?? [];
    list.push({ taskId: id(d.predecessor), lagWeeks: d.lagWeeks });
    dependencies.set(d.successor, list);
  }
  const tasks: Task[] = plan.tasks.map((t) => ({
    id: id(t.key),
    name: t.name,
    wijkId: wijk.id,
    phaseId: t.phase,
    disciplineId: t.discipline,
    effortHours: t.effortHours,
    estimate: { optimistic: t.effortOptimistic, likely: t.effortHours, pessimistic: t.effortPessimistic },
    minDurationWeeks: t.minDurationWeeks,
    maxDurationWeeks: t.maxDurationWeeks,
    dependencies: dependencies.get(t.key) ?? [],
    earliestStart: wijk.plannedStart,
  }));
  const milestones: Milestone[] = plan.milestones.map((m) => ({
    id: id(`milestone-${m.task}`),
    name: m.name,
    taskId: id(m.task),
    deadline: addDays(wijk.targetDate, 7 * m.deadlineOffsetWeeks),
  }));
  const phases = template.phases.map((p) => ({ id: p.key, name: p.name }));
  return { phases, tasks, milestones };
}
