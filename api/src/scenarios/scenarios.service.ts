import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { TenantCrudService } from '../common/crud/tenant-crud.service';
import { VersionConflict } from '../common/crud/version-conflict';
import { addWeeks } from '../common/dates/add-weeks';
import { problem } from '../common/problem';
import { Discipline } from '../disciplines/discipline.entity';
import { Milestone } from '../milestones/milestone.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { StaffMembersService } from '../staff/staff-members.service';
import { Task } from '../tasks/task.entity';
import { ProcessTemplate } from '../templates/process-template.entity';
import { Wijk } from '../wijken/wijk.entity';
import { WijkenService } from '../wijken/wijken.service';
import { Scenario } from './scenario.entity';
import type { ScenarioOverrides, ScenarioPlanView } from '@wijkkracht/contracts';
import { applyScenarioOverrides } from './scenario-overrides';

@Injectable()
export class ScenariosService extends TenantCrudService<Scenario> {
  protected readonly entity = Scenario;
  protected readonly entityType = 'scenario';
  protected override readonly affectsPlan = false;
  protected readonly sortable = ['name', 'createdAt', 'promotedAt'] as const;

  constructor(
    dataSource: DataSource,
    audit: AuditService,
    private readonly wijken: WijkenService,
    private readonly staff: StaffMembersService,
  ) {
    super(dataSource, audit);
  }

  /** The plan as this scenario sees it; nothing is stored. */
  async planView(principal: Principal, id: string): Promise<ScenarioPlanView> {
    const scenario = await this.get(principal, id);
    const where = { organisationId: principal.organisationId };
    const [wijken, staff] = await Promise.all([
      this.dataSource.getRepository(Wijk).find({ where, order: { plannedStart: 'ASC', name: 'ASC' } }),
      this.dataSource.getRepository(StaffMember).find({ where, order: { name: 'ASC' } }),
    ]);
    return applyScenarioOverrides(wijken, staff, scenario.overrides);
  }

  /** Makes the scenario the plan of record, in one transaction, recording who chose it, when and on which forecast. */
  async promote(principal: Principal, id: string, version: number, forecastId?: string): Promise<Scenario> {
    const promoted = await this.dataSource.transaction(async (manager) => {
      const scenario = await manager.findOne(Scenario, { where: this.scoped(principal, id), lock: { mode: 'pessimistic_write' } });
      if (!scenario) throw this.notFound(id);
      VersionConflict.assert('scenario', scenario.version, version);
      if (scenario.promotedAt) throw new ConflictException(problem(409, 'Dit scenario is al tot plan gemaakt.'));
      await this.applyToPlan(manager, principal, scenario.overrides);
      scenario.promotedAt = new Date();
      scenario.promotedBy = principal.userId;
      scenario.promotedForecastId = forecastId ?? null;
      const saved = await manager.save(Scenario, scenario);
      await this.audit.record(manager, {
        organisationId: principal.organisationId,
        userId: principal.userId,
        action: 'scenario.promoted',
        entityType: 'scenario',
        entityId: id,
        after: { name: scenario.name, overrides: scenario.overrides, forecastId: forecastId ?? null } as Record<string, unknown>,
      });
      return saved;
    });
    // The scenario is now the plan of record: that is a plan change.
    this.planChanges?.changed(principal.organisationId);
    return promoted;
  }

  /** Every id an override names must be of this organisation. */
  protected override async beforeWrite(manager: EntityManager, principal: Principal, next: Scenario): Promise<void> {
    const o = next.overrides ?? {};
    const org = principal.organisationId;
    const check = async <T extends { id: string }>(entity: new () => T, ids: string[], field: (i: number) => string) => {
      if (!ids.length) return;
      const found = new Set((await manager.find(entity, { where: { id: In(ids), organisationId: org } as never, select: { id: true } as never })).map((r) => r.id));
      const missing = ids.findIndex((x) => !found.has(x));
      if (missing >= 0) {
        throw new BadRequestException(problem(400, `Controleer ${field(missing)}.`, [{ name: field(missing), reason: 'must refer to an existing record of your organisation' }]));
      }
    };
    await check(Wijk, (o.shiftStarts ?? []).map((s) => s.wijkId), (i) => `overrides.shiftStarts[${i}].wijkId`);
    await check(StaffMember, (o.removeStaff ?? []).map((s) => s.staffMemberId), (i) => `overrides.removeStaff[${i}].staffMemberId`);
    await check(StaffMember, (o.programmeShare ?? []).map((s) => s.staffMemberId), (i) => `overrides.programmeShare[${i}].staffMemberId`);
    await check(Discipline, (o.addStaff ?? []).map((s) => s.primaryDisciplineId), (i) => `overrides.addStaff[${i}].primaryDisciplineId`);
  }

  private async applyToPlan(manager: EntityManager, principal: Principal, o: ScenarioOverrides): Promise<void> {
    const org = principal.organisationId;
    for (const { wijkId, weeks } of o.shiftStarts ?? []) {
      const wijk = await manager.findOneByOrFail(Wijk, { id: wijkId, organisationId: org });
      await manager.update(Wijk, { id: wijkId }, { plannedStart: addWeeks(wijk.plannedStart, weeks), targetDate: addWeeks(wijk.targetDate, weeks) });
      for (const task of await manager.findBy(Task, { wijkId, organisationId: org })) {
        if (task.earliestStart) await manager.update(Task, { id: task.id }, { earliestStart: addWeeks(task.earliestStart, weeks) });
      }
      for (const m of await manager.findBy(Milestone, { wijkId, organisationId: org })) {
        if (m.deadline) await manager.update(Milestone, { id: m.id }, { deadline: addWeeks(m.deadline, weeks) });
      }
    }
    for (const { staffMemberId, share } of o.programmeShare ?? []) {
      await manager.update(StaffMember, { id: staffMemberId, organisationId: org }, { programmeShare: share });
    }
    for (const { staffMemberId, from } of o.removeStaff ?? []) {
      await manager.update(StaffMember, { id: staffMemberId, organisationId: org }, { endDate: from });
    }
    for (const person of o.addStaff ?? []) await this.staff.insertIn(manager, principal, person);
    if (o.addWijken?.length) {
      const template = await manager.findOne(ProcessTemplate, { where: { organisationId: org }, order: { createdAt: 'ASC' } });
      for (const wijk of o.addWijken) await this.wijken.insertIn(manager, principal, { ...wijk, templateId: template?.id ?? null });
    }
  }
}
