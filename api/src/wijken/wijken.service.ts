import { BadRequestException, Injectable } from '@nestjs/common';
import { instantiateTemplate, ProcessTemplateDefinition, TemplateError } from '@wijkkracht/planning';
import { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { TenantCrudService } from '../common/crud/tenant-crud.service';
import { problem } from '../common/problem';
import { insertWijkPlan } from '../tasks/instantiate-wijk-plan';
import { ProcessTemplate } from '../templates/process-template.entity';
import { Wijk } from './wijk.entity';

@Injectable()
export class WijkenService extends TenantCrudService<Wijk> {
  protected readonly entity = Wijk;
  protected readonly entityType = 'wijk';
  protected readonly sortable = ['name', 'cbsCode', 'wave', 'homes', 'plannedStart', 'targetDate', 'status'] as const;
  /** As Wijk.toJSON: startwijken are wave 0. */
  protected override readonly jsonExtras = { isStartwijk: 't.wave = 0' };

  /** A wijk made from a template gets its whole WUP plan in the same transaction: all or nothing. */
  override async insertIn(manager: EntityManager, principal: Principal, values: Partial<Wijk>): Promise<Wijk> {
    const wijk = await super.insertIn(manager, principal, values);
    if (!wijk.templateId) return wijk;
    // The composite foreign key has already ensured the template is of this organisation.
    const template = await manager.findOneByOrFail(ProcessTemplate, { id: wijk.templateId, organisationId: principal.organisationId });
    try {
      const plan = instantiateTemplate(template.definition as unknown as ProcessTemplateDefinition, wijk);
      await insertWijkPlan(manager, wijk, plan);
    } catch (error) {
      if (error instanceof TemplateError) {
        throw new BadRequestException(problem(400, `Het sjabloon is ongeldig: ${error.message}.`, [{ name: 'templateId', reason: error.message }]));
      }
      throw error;
    }
    return wijk;
  }
}
