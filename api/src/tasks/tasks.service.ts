import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Assignment } from '../assignments/assignment.entity';
import type { Principal } from '../auth/principal';
import { TenantCrudService } from '../common/crud/tenant-crud.service';
import { problem } from '../common/problem';
import { StaffMember } from '../staff/staff-member.entity';
import { TaskDependency } from './task-dependency.entity';
import { Task } from './task.entity';

@Injectable()
export class TasksService extends TenantCrudService<Task> {
  protected readonly entity = Task;
  protected readonly entityType = 'task';
  protected readonly sortable = ['sequence', 'name', 'phase', 'status', 'effortHours', 'earliestStart', 'pinnedStart'] as const;

  /**
   * Status and hours spent: planners and team leads for any task, staff for the tasks they are
   * assigned to — the one change staff make to the plan.
   */
  async updateProgress(principal: Principal, id: string, version: number, changes: Pick<Task, 'status' | 'hoursSpent'>): Promise<Task> {
    if (principal.role === 'viewer') throw new ForbiddenException(problem(403, 'Raadsleden kijken mee maar wijzigen niets.'));
    if (principal.role === 'staff') {
      const assigned = await this.dataSource
        .getRepository(Assignment)
        .createQueryBuilder('a')
        .innerJoin(StaffMember, 's', 's.id = a.staff_member_id')
        .where('a.task_id = :id AND a.organisation_id = :org AND s.user_id = :user', { id, org: principal.organisationId, user: principal.userId })
        .getExists();
      if (!assigned) {
        await this.get(principal, id); // 404 for what is not there; 403 for someone else's task
        throw new ForbiddenException(problem(403, 'U kunt alleen de voortgang bijwerken van taken waarop u bent ingezet.'));
      }
    }
    return this.update(principal, id, version, changes);
  }
}

@Injectable()
export class TaskDependenciesService extends TenantCrudService<TaskDependency> {
  protected readonly entity = TaskDependency;
  protected readonly entityType = 'task-dependency';
  protected readonly sortable = ['createdAt', 'lagWeeks'] as const;

  /** A dependency that closes a circle would make the plan impossible: refuse it, naming the circle. */
  protected override async beforeWrite(manager: EntityManager, principal: Principal, next: TaskDependency, current?: TaskDependency): Promise<void> {
    if (current) return; // only the lag changes on update
    const rows: { path: string[] }[] = await manager.query(
      `WITH RECURSIVE reach(id, path) AS (
         SELECT successor_id, ARRAY[predecessor_id, successor_id] FROM task_dependencies
          WHERE predecessor_id = $1 AND organisation_id = $3
         UNION ALL
         SELECT d.successor_id, r.path || d.successor_id FROM task_dependencies d JOIN reach r ON d.predecessor_id = r.id
          WHERE d.organisation_id = $3 AND NOT d.successor_id = ANY(r.path)
       )
       SELECT path FROM reach WHERE id = $2 LIMIT 1`,
      [next.successorId, next.predecessorId, principal.organisationId],
    );
    if (rows.length) {
      throw new BadRequestException(
        problem(400, 'Deze afhankelijkheid maakt een kringloop: de taken zouden op elkaar wachten.', [
          { name: 'successorId', reason: `would close a cycle: ${[next.predecessorId, ...rows[0].path].join(' → ')}` },
        ]),
      );
    }
  }
}
