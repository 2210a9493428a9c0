import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { TenantCrudService } from '../common/crud/tenant-crud.service';
import { Milestone } from '../milestones/milestone.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { Task } from '../tasks/task.entity';
import { Wijk } from '../wijken/wijk.entity';
import { Baseline } from './baseline.entity';
import type { BaselineComparisonDto } from './dto/baseline.dto';

interface PlanSnapshot {
  wijken: Wijk[];
  staff: StaffMember[];
  tasks: Pick<Task, 'id' | 'wijkId' | 'effortHours'>[];
  milestones: Milestone[];
}

/** Baselines freeze the plan of record; they are taken and compared, never edited. */
@Injectable()
export class BaselinesService extends TenantCrudService<Baseline> {
  protected readonly entity = Baseline;
  protected readonly entityType = 'baseline';
  protected override readonly affectsPlan = false;
  protected readonly sortable = ['createdAt', 'name'] as const;

  async take(principal: Principal, name: string, reason: string | null | undefined): Promise<Baseline> {
    // Repeatable read: the snapshot is one consistent moment even while others edit.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const snapshot = await this.snapshot(principal, manager);
      const saved = await this.insertIn(manager, principal, { name, reason: reason ?? null, takenBy: principal.userId, snapshot: snapshot as unknown as Record<string, unknown> });
      return saved;
    });
  }

  async compare(principal: Principal, id: string): Promise<BaselineComparisonDto> {
    await this.get(principal, id);
    const row = await this.dataSource
      .getRepository(Baseline)
      .createQueryBuilder('b')
      .addSelect('b.snapshot')
      .where('b.id = :id AND b.organisation_id = :org', { id, org: principal.organisationId })
      .getOneOrFail();
    const then = row.snapshot as unknown as PlanSnapshot;
    const now = await this.snapshot(principal, this.dataSource.manager);
    const fte = (s: StaffMember[]) => Math.round(s.reduce((sum, m) => sum + (m.contractHours * m.programmeShare) / 36, 0) * 10) / 10;
    const effort = (t: PlanSnapshot['tasks']) => Math.round(t.reduce((sum, x) => sum + Number(x.effortHours), 0));
    const wijkName = new Map([...then.wijken, ...now.wijken].map((w) => [w.id, w.name]));
    const before = new Map(then.milestones.map((m) => [m.id, m]));
    const after = new Map(now.milestones.map((m) => [m.id, m]));
    const milestoneShifts = [...new Set([...before.keys(), ...after.keys()])]
      .filter((k) => before.get(k)?.deadline !== after.get(k)?.deadline)
      .map((k) => {
        const m = (after.get(k) ?? before.get(k))!;
        return { milestoneId: k, name: m.name, wijk: wijkName.get(m.wijkId) ?? '', then: before.get(k)?.deadline ?? null, now: after.get(k)?.deadline ?? null };
      });
    return {
      fteThen: fte(then.staff),
      fteNow: fte(now.staff),
      wijkenThen: then.wijken.length,
      wijkenNow: now.wijken.length,
      effortHoursThen: effort(then.tasks),
      effortHoursNow: effort(now.tasks),
      milestoneShifts,
    };
  }

  private async snapshot(principal: Principal, manager: DataSource['manager']): Promise<PlanSnapshot> {
    const where = { organisationId: principal.organisationId };
    return {
      wijken: await manager.find(Wijk, { where }),
      staff: await manager.find(StaffMember, { where }),
      tasks: await manager.find(Task, { where, select: { id: true, wijkId: true, effortHours: true } }),
      milestones: await manager.find(Milestone, { where }),
    };
  }
}
