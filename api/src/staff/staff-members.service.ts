import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { assertInOrganisation, TenantCrudService } from '../common/crud/tenant-crud.service';
import { User } from '../users/user.entity';
import { LeavePeriod } from './leave-period.entity';
import { StaffMember } from './staff-member.entity';

@Injectable()
export class StaffMembersService extends TenantCrudService<StaffMember> {
  protected readonly entity = StaffMember;
  protected readonly entityType = 'staff-member';
  protected readonly sortable = ['name', 'startDate', 'endDate', 'contractHours', 'employmentType'] as const;

  protected override async beforeWrite(manager: EntityManager, principal: Principal, next: StaffMember): Promise<void> {
    // user_id references users without the organisation in the key; check the tenant here.
    await assertInOrganisation(manager, principal, User, next.userId, 'userId');
  }
}

@Injectable()
export class LeavePeriodsService extends TenantCrudService<LeavePeriod> {
  protected readonly entity = LeavePeriod;
  protected readonly entityType = 'leave-period';
  protected readonly sortable = ['startDate', 'endDate'] as const;
}
