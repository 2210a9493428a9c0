import { CrudController } from '../common/crud/crud-controller';
import {
  CreateLeavePeriodDto,
  CreateStaffMemberDto,
  LeavePeriodDto,
  LeavePeriodQueryDto,
  StaffMemberDto,
  StaffMemberQueryDto,
  UpdateLeavePeriodDto,
  UpdateStaffMemberDto,
} from './dto/staff-member.dto';
import { LeavePeriod } from './leave-period.entity';
import { StaffMember } from './staff-member.entity';
import { LeavePeriodsService, StaffMembersService } from './staff-members.service';

export class StaffMembersController extends CrudController<StaffMember>({
  service: StaffMembersService,
  path: 'staff-members',
  tag: 'staff',
  create: CreateStaffMemberDto,
  update: UpdateStaffMemberDto,
  query: StaffMemberQueryDto,
  response: StaffMemberDto,
  writeRoles: ['admin', 'programme_manager'],
}) {
  protected override filter(q: StaffMemberQueryDto) {
    return {
      ...(q.disciplineId && { primaryDisciplineId: q.disciplineId }),
      ...(q.teamId && { teamId: q.teamId }),
      ...(q.employmentType && { employmentType: q.employmentType }),
    };
  }
}

/** Leave is personal data: not for council viewers. */
export class LeavePeriodsController extends CrudController<LeavePeriod>({
  service: LeavePeriodsService,
  path: 'leave-periods',
  tag: 'staff',
  create: CreateLeavePeriodDto,
  update: UpdateLeavePeriodDto,
  query: LeavePeriodQueryDto,
  response: LeavePeriodDto,
  writeRoles: ['admin', 'programme_manager'],
  readRoles: ['admin', 'programme_manager', 'team_lead'],
}) {
  protected override filter(q: LeavePeriodQueryDto) {
    return q.staffMemberId ? { staffMemberId: q.staffMemberId } : {};
  }
}
