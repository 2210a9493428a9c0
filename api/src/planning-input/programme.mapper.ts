import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Phase, ProcessTemplateDefinition, Programme, Task as EngineTask } from '@wijkkracht/planning';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { Discipline } from '../disciplines/discipline.entity';
import { Milestone } from '../milestones/milestone.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Scenario } from '../scenarios/scenario.entity';
import { LeavePeriod } from '../staff/leave-period.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { TaskDependency } from '../tasks/task-dependency.entity';
import { Task } from '../tasks/task.entity';
import { ProcessTemplate } from '../templates/process-template.entity';
import { Wijk } from '../wijken/wijk.entity';
import { applyScenario } from './apply-scenario';

/** The planning horizon of every programme unless a forecast asks for another end (design.md: to 2050). */
export const DEFAULT_HORIZON_END = '2050-12-31';

export interface ProgrammeLoadOptions {
  /** The caller's today (ISO date); the mapper rounds it down to the Monday of its ISO week. */
  today: string;
  /** Last day of the horizon (ISO date); default 31-12-2050. */
  horizonEnd?: string;
  /** A what-if on top of the plan of record (its overrides are applied); null for the plan itself. */
  scenarioId?: string | null;
}

/**
 * Database → engine: an organisation's plan of record as the engine's `Programme`. Lists are in
 * a stable order (by id) so that the same plan always gives the same canonical JSON and fingerprint.
 */
@Injectable()
export class ProgrammeMapper {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(organisationId: string, options: ProgrammeLoadOptions): Promise<Programme> {
    // One snapshot: a plan edited halfway through loading would give a programme that never existed.
    return this.dataSource.transaction('REPEATABLE READ', (manager) =>
      loadProgramme(manager, organisationId, options),
    );
  }
}

export async function loadProgramme(
  manager: EntityManager,
  organisationId: string,
  options: ProgrammeLoadOptions,
): Promise<Programme> {
  const where = { organisationId };
  const order = { id: 'ASC' as const };
  const organisation = await manager.findOneByOrFail(Organisation, { id: organisationId });
  // One after the other: the queries share the transaction's single connection.
  const disciplines = await manager.find(Discipline, { where, order });
  const staff = await manager.find(StaffMember, { where, order });
  const leave = await manager.find(LeavePeriod, { where, order });
  const wijken = await manager.find(Wijk, { where, order });
  const templates = await manager.find(ProcessTemplate, { where, order });
  const tasks = await manager.find(Task, {
    where: { organisationId, status: Not(In(['cancelled'])) },
    order,
  });
  const dependencies = await manager.find(TaskDependency, { where, order });
  const milestones = await manager.find(Milestone, { where, order });
  const today = mondayOf(options.today);
  const taskIds = new Set(tasks.map((t) => t.id));
  const contractHours = new Map(staff.map((s) => [s.id, s.contractHours]));
  const leaveByStaff = groupBy(leave, (l) => l.staffMemberId);
  const predecessors = groupBy(
    dependencies.filter((d) => taskIds.has(d.predecessorId) && taskIds.has(d.successorId)),
    (d) => d.successorId,
  );
  const phaseNames = templatePhaseNames(templates);
  const phasesByWijk = new Map<string, Phase[]>();
  for (const t of [...tasks].sort((a, b) => a.sequence - b.sequence || a.id.localeCompare(b.id))) {
    const phases = phasesByWijk.get(t.wijkId) ?? [];
    if (!phases.some((p) => p.id === t.phase))
      phases.push({ id: t.phase, name: phaseNames.get(t.phase) ?? t.phase });
    phasesByWijk.set(t.wijkId, phases);
  }

  const programme: Programme = {
    today,
    horizon: { start: today, end: options.horizonEnd ?? DEFAULT_HORIZON_END },
    calendar: {
      holidays: { goodFriday: organisation.goodFridayOff },
      closingDays: [...organisation.closingDays].sort(),
    },
    disciplines: disciplines.map((d) => ({ id: d.id, name: d.name, vacancyLeadWeeks: d.hiringLeadWeeks })),
    staff: staff.map((s) => ({
      id: s.id,
      name: s.name,
      disciplineId: s.primaryDisciplineId,
      ...(s.secondaryDisciplineId ? { secondaryDisciplineId: s.secondaryDisciplineId } : {}),
      contractHours: s.contractHours,
      programmeShare: s.programmeShare,
      employmentType: s.employmentType,
      ...(s.hourlyRate !== null ? { hourlyRate: s.hourlyRate } : {}),
      start: s.startDate,
      ...(s.endDate ? { end: s.endDate } : {}),
      ...(s.fundingEndDate ? { fundedUntil: s.fundingEndDate } : {}),
      // The database keeps leave as hours a week; the engine wants the share of each working day.
      leave: (leaveByStaff.get(s.id) ?? []).map((l) => ({
        from: l.startDate,
        to: l.endDate,
        fraction: Math.min(1, l.hoursPerWeek / (contractHours.get(s.id) || l.hoursPerWeek)),
      })),
    })),
    wijken: wijken.map((w) => ({
      id: w.id,
      name: w.name,
      code: w.cbsCode,
      homes: w.homes,
      isStartwijk: w.wave === 0,
      phases: phasesByWijk.get(w.id) ?? [],
    })),
    tasks: tasks.map((t): EngineTask => ({
      id: t.id,
      name: t.name,
      wijkId: t.wijkId,
      phaseId: t.phase,
      disciplineId: t.disciplineId,
      effortHours: t.effortHours,
      estimate: { optimistic: t.effortOptimistic, likely: t.effortHours, pessimistic: t.effortPessimistic },
      minDurationWeeks: t.minDurationWeeks,
      maxDurationWeeks: t.maxDurationWeeks,
      dependencies: (predecessors.get(t.id) ?? []).map((d) => ({
        taskId: d.predecessorId,
        lagWeeks: d.lagWeeks,
      })),
      ...(t.earliestStart ? { earliestStart: t.earliestStart } : {}),
      status: t.status === 'cancelled' ? 'planned' : t.status,
      hoursSpent: t.hoursSpent,
      ...(t.pinnedStart ? { pinnedStart: t.pinnedStart } : {}),
    })),
    milestones: milestones
      .filter((m) => m.taskId !== null && taskIds.has(m.taskId))
      .map((m) => ({
        id: m.id,
        name: m.name,
        taskId: m.taskId!,
        ...(m.deadline ? { deadline: m.deadline } : {}),
      })),
    turnover: { yearlyRate: organisation.turnoverRate },
  };
  if (!options.scenarioId) return programme;
  const scenario = await manager.findOneBy(Scenario, { id: options.scenarioId, organisationId });
  if (!scenario) throw new ScenarioNotFoundError(options.scenarioId);
  return applyScenario(programme, scenario.overrides ?? {}, {
    disciplineIdByCode: new Map(disciplines.map((d) => [d.code, d.id])),
    template: templates[0]?.definition as unknown as ProcessTemplateDefinition | undefined,
    taskWijk: new Map(tasks.map((t) => [t.id, t.wijkId])),
  });
}

/** The scenario is not one of this organisation's. */
export class ScenarioNotFoundError extends Error {
  constructor(readonly scenarioId: string) {
    super(`scenario ${scenarioId} does not exist in this organisation`);
    this.name = 'ScenarioNotFoundError';
  }
}

/** Phase names from the templates' definitions (`phases: [{key, name}]`); the key is the fallback. */
function templatePhaseNames(templates: ProcessTemplate[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const t of templates) {
    const phases = (t.definition as { phases?: unknown }).phases;
    if (!Array.isArray(phases)) continue;
    for (const p of phases as { key?: unknown; name?: unknown }[]) {
      if (typeof p.key === 'string' && typeof p.name === 'string' && !names.has(p.key))
        names.set(p.key, p.name);
    }
  }
  return names;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The Monday of the ISO week of a date: the engine plans in weeks, so any day of a week gives the same forecast. */
export function mondayOf(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not an ISO date: ${isoDate}`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
