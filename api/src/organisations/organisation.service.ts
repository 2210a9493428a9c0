import { Injectable, Optional } from '@nestjs/common';
import { PlanChanges } from '../plan-changes/plan-changes';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { VersionConflict } from '../common/crud/version-conflict';
import { Organisation } from './organisation.entity';
import { OrganisationSettingsDto } from './dto/organisation.dto';

/** The caller's own organisation: its name and the settings the engine uses (turnover, holidays). */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Optional() private readonly planChanges?: PlanChanges,
  ) {}

  get(principal: Principal): Promise<Organisation> {
    return this.dataSource.getRepository(Organisation).findOneByOrFail({ id: principal.organisationId });
  }

  async update(principal: Principal, version: number, changes: OrganisationSettingsDto): Promise<Organisation> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneOrFail(Organisation, { where: { id: principal.organisationId }, lock: { mode: 'pessimistic_write' } });
      VersionConflict.assert('organisatie', current.version, version);
      const before = { ...current };
      const saved = await manager.save(Organisation, manager.merge(Organisation, current, changes));
      await this.audit.record(manager, {
        organisationId: principal.organisationId,
        userId: principal.userId,
        action: 'organisation.updated',
        entityType: 'organisation',
        entityId: current.id,
        before: before as unknown as Record<string, unknown>,
        after: saved as unknown as Record<string, unknown>,
      });
      return saved;
    });
    // Turnover and closing days change the forecasts.
    this.planChanges?.changed(principal.organisationId);
    return updated;
  }
}
