import type { InstantiatedPlan, InstantiatedTask } from '@wijkkracht/planning';
import { BadRequestException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { problem } from '../common/problem';
import { Discipline } from '../disciplines/discipline.entity';
import { Milestone } from '../milestones/milestone.entity';
import { Wijk } from '../wijken/wijk.entity';
import { TaskDependency } from './task-dependency.entity';
import { Task, TaskStatus } from './task.entity';
import { addWeeks } from '../common/dates/add-weeks';

/**
 * Writes a wijk's instantiated WUP plan — tasks, dependencies and milestones — within the caller's
 * transaction. Used by "create a wijk from a template" and by the demo seed.
 */
export async function insertWijkPlan(
  manager: EntityManager,
  wijk: Wijk,
  plan: InstantiatedPlan,
  progress: (task: InstantiatedTask) => { status: TaskStatus; hoursSpent: number } = () => ({ status: 'planned', hoursSpent: 0 }),
): Promise<void> {
  const disciplines = await manager.find(Discipline, { where: { organisationId: wijk.organisationId } });
  const disciplineId = new Map(disciplines.map((d) => [d.code, d.id]));
  const missing = [...new Set(plan.tasks.map((t) => t.discipline))].filter((code) => !disciplineId.has(code));
  if (missing.length) {
    throw new BadRequestException(
      problem(400, `Het sjabloon vraagt disciplines die uw organisatie niet heeft: ${missing.join(', ')}.`, [
        { name: 'templateId', reason: `needs the disciplines ${missing.join(', ')}` },
      ]),
    );
  }
  const taskId = new Map(plan.tasks.map((t) => [t.key, randomUUID()]));
  const { organisationId } = wijk;
  await manager.insert(
    Task,
    plan.tasks.map((t) => ({
      id: taskId.get(t.key)!,
      organisationId,
      wijkId: wijk.id,
      phase: t.phase,
      templateKey: t.key,
      name: t.name,
      disciplineId: disciplineId.get(t.discipline)!,
      effortOptimistic: t.effortOptimistic,
      effortHours: t.effortHours,
      effortPessimistic: t.effortPessimistic,
      minDurationWeeks: t.minDurationWeeks,
      maxDurationWeeks: t.maxDurationWeeks,
      earliestStart: wijk.plannedStart,
      sequence: t.sequence,
      ...progress(t),
    })),
  );
  if (plan.dependencies.length) {
    await manager.insert(
      TaskDependency,
      plan.dependencies.map((d) => ({
        organisationId,
        predecessorId: taskId.get(d.predecessor)!,
        successorId: taskId.get(d.successor)!,
        lagWeeks: d.lagWeeks,
      })),
    );
  }
  if (plan.milestones.length) {
    await manager.insert(
      Milestone,
      plan.milestones.map((m) => ({
        organisationId,
        wijkId: wijk.id,
        taskId: taskId.get(m.task)!,
        name: m.name,
        kind: m.kind,
        deadline: addWeeks(wijk.targetDate, m.deadlineOffsetWeeks),
      })),
    );
  }
}
