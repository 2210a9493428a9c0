import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface AuditEntry {
  organisationId: string | null;
  userId: string | null;
  /** Kept with the event so "who" survives the account; by default the e-mail address of userId. */
  actorEmail?: string | null;
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
    await manager.query(
      `INSERT INTO audit_events (organisation_id, user_id, actor_email, action, entity_type, entity_id, before, after)
       VALUES ($1, $2, COALESCE($3, (SELECT email FROM users WHERE id = $2)), $4, $5, $6, $7::jsonb, $8::jsonb)`,
      [
        entry.organisationId,
        entry.userId,
        entry.actorEmail ?? null,
        entry.action,
        entry.entityType ?? null,
        entry.entityId ?? null,
        json(entry.before),
        json(entry.after),
      ],
    );
  }
}

const json = (value: Record<string, unknown> | null | undefined) => (value == null ? null : JSON.stringify(value));
