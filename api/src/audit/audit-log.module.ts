import { Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';
import { AuditLogService } from './audit-log.service';

/** The HTTP side of the audit trail (the writing side, AuditModule, is global and also in the worker). */
@Module({ controllers: [AuditLogController], providers: [AuditLogService] })
export class AuditLogModule {}
