import { ForbiddenException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { TenantCrudService } from '../common/crud/tenant-crud.service';
import { problem } from '../common/problem';
import { StaffMember } from '../staff/staff-member.entity';
import { Team } from '../teams/team.entity';
import { Assignment } from './assignment.entity';

@Injectable()
export class AssignmentsService extends TenantCrudService<Assignment> {
  protected readonly entity = Assignment;
  protected readonly entityType = 'assignment';
  protected readonly sortable = ['startDate', 'endDate', 'hoursPerWeek'] as const;

  override async remove(principal: Principal, id: string, version?: number): Promise<void> {
    if (principal.role === 'team_lead') await this.assertLeadsTeamOf(this.dataSource.manager, principal, (await this.get(principal, id)).staffMemberId);
    return super.remove(principal, id, version);
  }

  /** Team leads assign within their own team; planners and admins anywhere in the organisation. */
  protected override async beforeWrite(manager: EntityManager, principal: Principal, next: Assignment, current?: Assignment): Promise<void> {
    if (principal.role !== 'team_lead') return;
    await this.assertLeadsTeamOf(manager, principal, next.staffMemberId);
    if (current && current.staffMemberId !== next.staffMemberId) await this.assertLeadsTeamOf(manager, principal, current.staffMemberId);
  }

  private async assertLeadsTeamOf(manager: EntityManager, principal: Principal, staffMemberId: string): Promise<void> {
    const inTeam = await manager
      .createQueryBuilder(StaffMember, 's')
      .innerJoin(Team, 't', 't.id = s.team_id')
      .where('s.id = :staffMemberId AND s.organisation_id = :org AND t.lead_user_id = :user', {
        staffMemberId,
        org: principal.organisationId,
        user: principal.userId,
      })
      .getExists();
    if (!inTeam) {
      throw new ForbiddenException(problem(403, 'Als teamleider zet u alleen medewerkers van uw eigen team in.', [
        { name: 'staffMemberId', reason: 'must be a member of a team you lead' },
      ]));
    }
  }
}
