import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, EntityTarget, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Assignment } from '../assignments/assignment.entity';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { addWeeks } from '../common/dates/add-weeks';
import { problem } from '../common/problem';
import { Discipline } from '../disciplines/discipline.entity';
import { Milestone } from '../milestones/milestone.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { TaskDependency } from '../tasks/task-dependency.entity';
import { Task, TaskStatus } from '../tasks/task.entity';
import { Wijk } from '../wijken/wijk.entity';
import {
  LINK_TYPES,
  MspdiAssignment,
  MspdiLink,
  MspdiProject,
  MspdiResource,
  MspdiTask,
} from './mspdi-project';
import { ImportedTaskRef, ProjectPlanImport } from './project-plan-import.entity';
import { MspdiError, readMspdi } from './read-mspdi';
import { durationOf, writeMspdi } from './write-mspdi';

export interface ProjectPlanImportResult {
  importId: string;
  tasks: number;
  summaries: number;
  dependencies: number;
  milestones: number;
  assignments: number;
  /** What the weekly plan could not take over, in Dutch; kept in the import and written back on export. */
  warnings: string[];
}

/** Lag formats in percent of the predecessor's duration: no fixed time, so no lag in weeks. */
const PERCENT_LAG_FORMATS = new Set([19, 20, 51, 52]);
const LINK_NAMES: Record<number, string> = {
  0: 'einde-einde',
  1: 'einde-start',
  2: 'start-einde',
  3: 'start-start',
};
/** Assumption: an MS Project estimate carries no spread; the pessimistic effort is 1.5 × (domain.md's technical skew). */
const PESSIMISTIC_FACTOR = 1.5;
const dateOf = (value: string | null) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;

/**
 * Microsoft Project XML (MSPDI) into a wijk's plan and back. The plan holds work tasks with
 * finish-to-start links in weeks; what it cannot hold (summaries, other link types, exact
 * durations) is kept with the import, so an export gives MS Project its plan back.
 */
@Injectable()
export class ProjectPlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async importPlan(
    principal: Principal,
    wijkId: string,
    file: Buffer,
    fileName: string,
    disciplineId?: string,
  ): Promise<ProjectPlanImportResult> {
    const project = this.parse(file);
    return this.dataSource.transaction(async (manager) => {
      const wijk = await this.wijk(manager, principal, wijkId);
      const organisationId = principal.organisationId;
      const warnings: string[] = [];
      const disciplines = await manager.find(Discipline, {
        where: { organisationId },
        order: { code: 'ASC' },
      });
      const fallback = disciplineId
        ? disciplines.find((d) => d.id === disciplineId)
        : (disciplines.find((d) => d.code === 'projectleider') ?? disciplines[0]);
      if (!fallback) {
        throw new BadRequestException(
          problem(400, 'Controleer disciplineId: die bestaat niet in uw organisatie.', [
            { name: 'disciplineId', reason: 'must refer to an existing discipline of your organisation' },
          ]),
        );
      }
      const disciplineByKey = new Map(
        disciplines.flatMap((d) => [
          [d.code.toLowerCase(), d.id] as const,
          [d.name.toLowerCase(), d.id] as const,
        ]),
      );
      const staff = await manager.find(StaffMember, { where: { organisationId } });
      const staffByName = new Map(staff.map((s) => [s.name.toLowerCase(), s]));
      const resourceByUid = new Map(project.resources.map((r) => [r.uid, r]));
      const disciplineOfResource = (r: MspdiResource | undefined) =>
        r
          ? (disciplineByKey.get((r.group ?? '').toLowerCase()) ?? disciplineByKey.get(r.name.toLowerCase()))
          : undefined;

      // Phase = the top-level summary a task sits under, as MS Project users structure a plan.
      const phaseOf = new Map<number, string>();
      let topSummary: string | null = null;
      for (const t of project.tasks) {
        if (t.outlineLevel === 1) topSummary = t.summary ? t.name : null;
        phaseOf.set(t.uid, t.outlineLevel > 1 && topSummary ? topSummary.slice(0, 200) : 'projectplan');
      }
      const last = await manager.findOne(Task, {
        where: { wijkId: wijk.id, organisationId },
        order: { sequence: 'DESC' },
      });
      let sequence = (last?.sequence ?? 0) + 1;
      const hoursPerWeek = project.minutesPerWeek / 60;
      const taskMap: Record<string, ImportedTaskRef> = {};
      const taskRows: Partial<Task>[] = [];
      for (const t of project.tasks) {
        const weeks = t.milestone ? 0 : Math.max(1, Math.ceil(t.durationHours / hoursPerWeek - 1e-9));
        if (t.summary) {
          taskMap[t.uid] = { taskId: null, minDurationWeeks: weeks };
          continue;
        }
        const own = project.assignments.filter((a) => a.taskUid === t.uid);
        const units = own.reduce((s, a) => s + Math.max(0, a.units), 0);
        // Work when the plan has it; otherwise its duration times the people on it (one when none).
        const effort = t.milestone
          ? 0
          : Math.min(
              1_000_000,
              Math.max(0, t.workHours > 0 ? t.workHours : Math.max(0, t.durationHours) * (units || 1)),
            );
        const status: TaskStatus =
          t.percentComplete >= 100 ? 'done' : t.percentComplete > 0 ? 'in_progress' : 'planned';
        const id = randomUUID();
        taskMap[t.uid] = { taskId: id, minDurationWeeks: weeks };
        taskRows.push({
          id,
          organisationId,
          wijkId: wijk.id,
          phase: phaseOf.get(t.uid)!,
          templateKey: null,
          name: t.name,
          disciplineId:
            own.map((a) => disciplineOfResource(resourceByUid.get(a.resourceUid))).find(Boolean) ??
            fallback.id,
          effortOptimistic: round2(effort),
          effortHours: round2(effort),
          effortPessimistic: round2(effort * PESSIMISTIC_FACTOR),
          minDurationWeeks: Math.min(weeks, 1300),
          maxDurationWeeks: Math.min(1300, Math.ceil(weeks * 1.5)),
          earliestStart: dateOf(t.start) ?? wijk.plannedStart,
          status,
          hoursSpent: round2(Math.max(0, t.actualWorkHours)),
          sequence: sequence++,
        });
      }
      await insertInChunks(manager, Task, taskRows);

      const milestoneRows = project.tasks
        .filter((t) => t.milestone && !t.summary)
        .map((t) => ({
          organisationId,
          wijkId: wijk.id,
          taskId: taskMap[t.uid].taskId,
          name: t.name,
          kind: 'other' as const,
          deadline: dateOf(t.deadline) ?? dateOf(t.finish),
        }));
      await insertInChunks(manager, Milestone, milestoneRows);

      const dependencyRows = this.dependencies(project, taskMap, warnings).map((d) => ({
        ...d,
        organisationId,
      }));
      assertAcyclic(dependencyRows);
      await insertInChunks(manager, TaskDependency, dependencyRows);

      const assignmentRows = this.assignments(project, taskMap, staffByName, resourceByUid, warnings).map(
        (a) => ({ ...a, organisationId }),
      );
      await insertInChunks(manager, Assignment, assignmentRows);

      const record = await manager.save(
        manager.create(ProjectPlanImport, {
          organisationId,
          wijkId: wijk.id,
          fileName: fileName.slice(0, 300) || 'projectplan.xml',
          importedBy: principal.userId,
          source: project,
          taskMap,
        }),
      );
      const result: ProjectPlanImportResult = {
        importId: record.id,
        tasks: taskRows.length,
        summaries: project.tasks.filter((t) => t.summary).length,
        dependencies: dependencyRows.length,
        milestones: milestoneRows.length,
        assignments: assignmentRows.length,
        warnings,
      };
      await this.audit.record(manager, {
        organisationId,
        userId: principal.userId,
        action: 'import.mspdi',
        entityType: 'wijk',
        entityId: wijk.id,
        after: { fileName: record.fileName, ...result, warnings: warnings.length },
      });
      return result;
    });
  }

  /** The wijk's plan as MSPDI: imported plans as they came (with today's names and changes), then the wijk's other tasks. */
  async exportPlan(principal: Principal, wijkId: string): Promise<{ fileName: string; xml: string }> {
    const manager = this.dataSource.manager;
    const wijk = await this.wijk(manager, principal, wijkId);
    const organisationId = principal.organisationId;
    const tasks = await manager.find(Task, {
      where: { organisationId, wijkId: wijk.id },
      order: { sequence: 'ASC', name: 'ASC' },
    });
    const taskIds = tasks.map((t) => t.id);
    const [dependencies, assignments, imports] = await Promise.all([
      taskIds.length
        ? manager.find(TaskDependency, { where: { organisationId, successorId: In(taskIds) } })
        : [],
      taskIds.length ? manager.find(Assignment, { where: { organisationId, taskId: In(taskIds) } }) : [],
      manager.find(ProjectPlanImport, {
        where: { organisationId, wijkId: wijk.id },
        order: { createdAt: 'ASC' },
      }),
    ]);
    const staffIds = [...new Set(assignments.map((a) => a.staffMemberId))];
    const staff = staffIds.length
      ? await manager.find(StaffMember, { where: { organisationId, id: In(staffIds) } })
      : [];
    const minutesPerWeek = imports[0]?.source.minutesPerWeek ?? 2400;
    const hoursPerWeek = minutesPerWeek / 60;
    const taskById = new Map(tasks.map((t) => [t.id, t]));
    const dependencyKey = (p: string, s: string) => `${p}>${s}`;
    const dependencyByKey = new Map(
      dependencies.map((d) => [dependencyKey(d.predecessorId, d.successorId), d]),
    );
    const written = new Set<string>();
    const uidOfTask = new Map<string, number>();
    const out: MspdiTask[] = [];
    const resources: MspdiResource[] = [];
    const outAssignments: MspdiAssignment[] = [];
    let nextUid = 1;
    const computedStart = (t: Task) => t.pinnedStart ?? t.earliestStart ?? wijk.plannedStart;
    const fromPlan = (t: Task, base?: MspdiTask, ref?: ImportedTaskRef): MspdiTask => ({
      uid: nextUid++,
      name: t.name,
      outlineLevel: base?.outlineLevel ?? 1,
      summary: false,
      milestone: base?.milestone ?? t.minDurationWeeks === 0,
      duration:
        base && ref && ref.minDurationWeeks === t.minDurationWeeks
          ? base.duration
          : durationOf(t.minDurationWeeks * hoursPerWeek),
      durationHours: t.minDurationWeeks * hoursPerWeek,
      workHours: t.effortHours,
      actualWorkHours: t.hoursSpent,
      percentComplete: t.status === 'done' ? 100 : (base?.percentComplete ?? 0),
      start: base?.start ?? `${computedStart(t)}T08:00:00`,
      finish: base?.finish ?? `${addWeeks(computedStart(t), t.minDurationWeeks)}T17:00:00`,
      deadline: base?.deadline ?? null,
      links: [],
    });

    for (const record of imports) {
      const uidMap = new Map<number, number>();
      const kept: { source: MspdiTask; task: MspdiTask; planTaskId: string | null }[] = [];
      for (const source of record.source.tasks) {
        const ref = record.taskMap[source.uid];
        const planTask = ref?.taskId ? taskById.get(ref.taskId) : undefined;
        if (ref?.taskId && !planTask) continue; // deleted in Wijkkracht since the import
        if (planTask && uidOfTask.has(planTask.id)) continue;
        const task = planTask ? fromPlan(planTask, source, ref) : { ...source, uid: nextUid++, links: [] };
        uidMap.set(source.uid, task.uid);
        if (planTask) uidOfTask.set(planTask.id, task.uid);
        kept.push({ source, task, planTaskId: planTask?.id ?? null });
        out.push(task);
      }
      const planIdOfSourceUid = new Map(kept.map((k) => [k.source.uid, k.planTaskId]));
      for (const { source, task, planTaskId } of kept) {
        for (const link of source.links) {
          const predecessorUid = uidMap.get(link.predecessorUid);
          if (predecessorUid === undefined) continue;
          const predecessorPlanId = planIdOfSourceUid.get(link.predecessorUid) ?? null;
          if (planTaskId && predecessorPlanId && link.type === LINK_TYPES.FS) {
            // A finish-to-start link between plan tasks lives on only while the plan still has it.
            const key = dependencyKey(predecessorPlanId, planTaskId);
            if (!dependencyByKey.has(key)) continue;
            written.add(key);
          }
          task.links.push({ ...link, predecessorUid });
        }
      }
      const resourceUidMap = new Map<number, number>();
      for (const r of record.source.resources) {
        const existing = resources.find((x) => x.name === r.name);
        const uid = existing?.uid ?? resources.length + 1;
        if (!existing) resources.push({ ...r, uid });
        resourceUidMap.set(r.uid, uid);
      }
      // Assignments of people not on the staff list were not planned; they go back as they came.
      const staffNames = new Set(staff.map((s) => s.name.toLowerCase()));
      for (const a of record.source.assignments) {
        const resource = record.source.resources.find((r) => r.uid === a.resourceUid);
        const taskUid = uidMap.get(a.taskUid);
        const resourceUid = resourceUidMap.get(a.resourceUid);
        if (
          !resource ||
          taskUid === undefined ||
          resourceUid === undefined ||
          staffNames.has(resource.name.toLowerCase())
        )
          continue;
        outAssignments.push({ ...a, uid: outAssignments.length + 1, taskUid, resourceUid });
      }
    }
    for (const t of tasks) {
      if (uidOfTask.has(t.id)) continue;
      const task = fromPlan(t);
      uidOfTask.set(t.id, task.uid);
      out.push(task);
    }
    const taskOfUid = new Map(out.map((t) => [t.uid, t]));
    for (const d of dependencies) {
      const key = dependencyKey(d.predecessorId, d.successorId);
      const successor = taskOfUid.get(uidOfTask.get(d.successorId) ?? -1);
      const predecessorUid = uidOfTask.get(d.predecessorId);
      if (written.has(key) || !successor || predecessorUid === undefined) continue;
      successor.links.push({
        predecessorUid,
        type: LINK_TYPES.FS,
        lag: d.lagWeeks * minutesPerWeek * 10,
        lagFormat: 7,
      });
    }
    for (const a of assignments) {
      const person = staff.find((s) => s.id === a.staffMemberId);
      const taskUid = uidOfTask.get(a.taskId);
      if (!person || taskUid === undefined) continue;
      let resource = resources.find((r) => r.name === person.name);
      if (!resource)
        resources.push((resource = { uid: resources.length + 1, name: person.name, group: null }));
      const weeks = Math.max(
        1,
        Math.round((Date.parse(a.endDate) - Date.parse(a.startDate)) / (7 * 86_400_000)),
      );
      outAssignments.push({
        uid: outAssignments.length + 1,
        taskUid,
        resourceUid: resource.uid,
        units: round2(a.hoursPerWeek / person.contractHours),
        workHours: a.hoursPerWeek * weeks,
        start: `${a.startDate}T08:00:00`,
        finish: `${a.endDate}T17:00:00`,
      });
    }
    const project: MspdiProject = {
      name: wijk.name,
      startDate: `${wijk.plannedStart}T08:00:00`,
      minutesPerDay: imports[0]?.source.minutesPerDay ?? 480,
      minutesPerWeek,
      tasks: out,
      resources,
      assignments: outAssignments,
    };
    return { fileName: `${wijk.cbsCode}-projectplan.xml`, xml: writeMspdi(project) };
  }

  private parse(file: Buffer): MspdiProject {
    // MS Project writes UTF-8; older exports may be UTF-16 with a byte-order mark.
    const text = file[0] === 0xff && file[1] === 0xfe ? file.toString('utf16le') : file.toString('utf8');
    try {
      return readMspdi(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      if (!(error instanceof MspdiError)) throw error;
      throw new BadRequestException(
        problem(400, `Het projectplan kan niet worden ingelezen: ${error.message}. Er is niets gewijzigd.`, [
          { name: 'file', reason: 'must be Microsoft Project XML (MSPDI)' },
        ]),
      );
    }
  }

  private dependencies(project: MspdiProject, taskMap: Record<string, ImportedTaskRef>, warnings: string[]) {
    const byUid = new Map(project.tasks.map((t) => [t.uid, t]));
    const seen = new Set<string>();
    const rows: { predecessorId: string; successorId: string; lagWeeks: number }[] = [];
    for (const successor of project.tasks) {
      for (const link of successor.links) {
        const predecessor = byUid.get(link.predecessorUid);
        const describe = `${predecessor?.name ?? `UID ${link.predecessorUid}`} → ${successor.name}`;
        if (!predecessor) {
          warnings.push(`Koppeling ${describe}: de voorganger staat niet in het bestand; overgeslagen.`);
          continue;
        }
        const predecessorId = taskMap[predecessor.uid]?.taskId;
        const successorId = taskMap[successor.uid]?.taskId;
        if (!predecessorId || !successorId) {
          warnings.push(
            `Koppeling ${describe} hangt aan een samenvattingstaak; bewaard voor de export, niet in de planning.`,
          );
          continue;
        }
        if (link.type !== LINK_TYPES.FS) {
          warnings.push(
            `Koppeling ${describe} is ${LINK_NAMES[link.type] ?? `type ${link.type}`}; de planning kent alleen einde-start, dus bewaard voor de export.`,
          );
          continue;
        }
        const key = `${predecessorId}>${successorId}`;
        if (predecessorId === successorId || seen.has(key)) continue;
        seen.add(key);
        rows.push({ predecessorId, successorId, lagWeeks: lagWeeks(link, project.minutesPerWeek) });
      }
    }
    return rows;
  }

  private assignments(
    project: MspdiProject,
    taskMap: Record<string, ImportedTaskRef>,
    staffByName: Map<string, StaffMember>,
    resourceByUid: Map<number, MspdiResource>,
    warnings: string[],
  ) {
    const tasks = new Map(project.tasks.map((t) => [t.uid, t]));
    const unmatched = new Set<string>();
    const seen = new Set<string>();
    const rows: Partial<Assignment>[] = [];
    for (const a of project.assignments) {
      const resource = resourceByUid.get(a.resourceUid);
      const task = tasks.get(a.taskUid);
      const taskId = taskMap[a.taskUid]?.taskId;
      if (!resource || !task || !taskId) continue;
      const person = staffByName.get(resource.name.toLowerCase());
      if (!person) {
        unmatched.add(resource.name);
        continue;
      }
      let start = dateOf(a.start) ?? dateOf(task.start);
      let end = dateOf(a.finish) ?? dateOf(task.finish) ?? start;
      const hoursPerWeek = round2(Math.min(60, Math.max(0, a.units) * person.contractHours));
      if (!start || !end || hoursPerWeek <= 0) continue;
      if (end < start) [start, end] = [end, start];
      const key = `${person.id}|${taskId}|${start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({
        staffMemberId: person.id,
        taskId,
        hoursPerWeek,
        startDate: start,
        endDate: end,
        source: 'manual',
        locked: true,
      });
    }
    if (unmatched.size) {
      warnings.push(
        `Geen medewerker gevonden voor ${[...unmatched].join(', ')}; hun toewijzingen zijn bewaard voor de export, niet in de planning.`,
      );
    }
    return rows;
  }

  private async wijk(manager: EntityManager, principal: Principal, wijkId: string): Promise<Wijk> {
    const wijk = await manager.findOne(Wijk, {
      where: { id: wijkId, organisationId: principal.organisationId },
    });
    if (!wijk) throw new NotFoundException(problem(404, `Geen wijk met id ${wijkId} in uw organisatie.`));
    return wijk;
  }
}

/** PostgreSQL takes at most 65,535 parameters a statement; a large plan is written in slices. */
async function insertInChunks<E extends object>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: QueryDeepPartialEntity<E>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await manager.insert(entity, rows.slice(i, i + 1000));
}

function lagWeeks(link: MspdiLink, minutesPerWeek: number): number {
  if (PERCENT_LAG_FORMATS.has(link.lagFormat)) return 0;
  return Math.max(-52, Math.min(520, Math.round(link.lag / 10 / minutesPerWeek)));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A plan with a cycle has no schedule; MS Project refuses one too, so a file with one is refused whole. */
function assertAcyclic(rows: { predecessorId: string; successorId: string }[]): void {
  const indegree = new Map<string, number>();
  const next = new Map<string, string[]>();
  for (const r of rows) {
    indegree.set(r.successorId, (indegree.get(r.successorId) ?? 0) + 1);
    indegree.set(r.predecessorId, indegree.get(r.predecessorId) ?? 0);
    next.set(r.predecessorId, [...(next.get(r.predecessorId) ?? []), r.successorId]);
  }
  const queue = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
  let visited = 0;
  while (queue.length) {
    const id = queue.pop()!;
    visited++;
    for (const s of next.get(id) ?? []) {
      const d = indegree.get(s)! - 1;
      indegree.set(s, d);
      if (d === 0) queue.push(s);
    }
  }
  if (visited < indegree.size) {
    throw new BadRequestException(
      problem(
        400,
        'Het projectplan bevat een kring van koppelingen (een taak wacht via andere taken op zichzelf). Er is niets gewijzigd.',
        [{ name: 'file', reason: 'task links must not form a cycle' }],
      ),
    );
  }
}
