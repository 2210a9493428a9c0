import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { TenantCrudService } from '../common/crud/tenant-crud.service';
import { Discipline } from './discipline.entity';

@Injectable()
export class DisciplinesService extends TenantCrudService<Discipline> {
  protected readonly entity = Discipline;
  protected readonly entityType = 'discipline';
  protected readonly sortable = ['name', 'code', 'hiringLeadWeeks'] as const;

  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit);
  }
}
