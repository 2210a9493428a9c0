import { BadRequestException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { TenantCrudService } from '../common/crud/tenant-crud.service';
import { problem } from '../common/problem';
import { Task } from '../tasks/task.entity';
import { Milestone } from './milestone.entity';

@Injectable()
export class MilestonesService extends TenantCrudService<Milestone> {
  protected readonly entity = Milestone;
  protected readonly entityType = 'milestone';
  protected readonly sortable = ['deadline', 'name', 'kind'] as const;

  protected override async beforeWrite(manager: EntityManager, principal: Principal, next: Milestone): Promise<void> {
    if (!next.taskId) return;
    const ofWijk = await manager.existsBy(Task, { id: next.taskId, wijkId: next.wijkId, organisationId: principal.organisationId });
    if (!ofWijk) {
      throw new BadRequestException(
        problem(400, 'Controleer taskId: die taak hoort niet bij deze wijk.', [{ name: 'taskId', reason: 'must be a task of the same wijk' }]),
      );
    }
  }
}
