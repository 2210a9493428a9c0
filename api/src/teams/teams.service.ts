import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { assertInOrganisation, TenantCrudService } from '../common/crud/tenant-crud.service';
import { User } from '../users/user.entity';
import { Team } from './team.entity';

@Injectable()
export class TeamsService extends TenantCrudService<Team> {
  protected readonly entity = Team;
  protected readonly entityType = 'team';
  protected readonly sortable = ['name'] as const;

  protected override async beforeWrite(manager: EntityManager, principal: Principal, next: Team): Promise<void> {
    await assertInOrganisation(manager, principal, User, next.leadUserId, 'leadUserId');
  }
}
