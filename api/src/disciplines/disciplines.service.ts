import { Injectable } from '@nestjs/common';
import { TenantCrudService } from '../common/crud/tenant-crud.service';
import { Discipline } from './discipline.entity';

@Injectable()
export class DisciplinesService extends TenantCrudService<Discipline> {
  protected readonly entity = Discipline;
  protected readonly entityType = 'discipline';
  protected readonly sortable = ['name', 'code', 'hiringLeadWeeks'] as const;
}
