import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  organisationId: string | null;
  userId: string | null;
  action: string;
  entityType?: string;
  entityId?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Writes audit events through the caller's EntityManager, so they commit or roll back with the change. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEvent, {
      organisationId: entry.organisationId,
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      before: (entry.before ?? null) as never, // jsonb: TypeORM cannot type a free-form object here
      after: (entry.after ?? null) as never, // jsonb: TypeORM cannot type a free-form object here
    });
  }
}
