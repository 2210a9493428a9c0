import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log becomes readable by an organisation's admins (issue 7): the actor's e-mail address
 * is kept with each event, so "who" survives the account's deletion (the user id no longer
 * references users, and is no longer cleared), and the list's filters have indexes, each ending in
 * `at` for the newest-first order.
 */
export class AuditLog1764090600000 implements MigrationInterface {
  name = 'AuditLog1764090600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events ADD COLUMN actor_email text`);
    await q.query(`UPDATE audit_events e SET actor_email = u.email FROM users u WHERE u.id = e.user_id`);
    await q.query(`ALTER TABLE audit_events DROP CONSTRAINT IF EXISTS audit_events_user_id_fkey`);
    await q.query(`DROP INDEX IF EXISTS audit_events_organisation_at_idx`);
    await q.query(`CREATE INDEX audit_events_organisation_at_idx ON audit_events(organisation_id, at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_events_actor_idx ON audit_events(organisation_id, user_id, at DESC)`);
    await q.query(`CREATE INDEX audit_events_actor_email_idx ON audit_events(organisation_id, actor_email text_pattern_ops)`);
    await q.query(`CREATE INDEX audit_events_entity_idx ON audit_events(organisation_id, entity_id, at DESC)`);
    await q.query(`CREATE INDEX audit_events_entity_type_idx ON audit_events(organisation_id, entity_type, at DESC)`);
    await q.query(`CREATE INDEX audit_events_action_idx ON audit_events(organisation_id, action text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['actor', 'actor_email', 'entity', 'entity_type', 'action']) {
      await q.query(`DROP INDEX IF EXISTS audit_events_${index}_idx`);
    }
    await q.query(`DROP INDEX IF EXISTS audit_events_organisation_at_idx`);
    await q.query(`CREATE INDEX audit_events_organisation_at_idx ON audit_events(organisation_id, at)`);
    await q.query(`UPDATE audit_events e SET user_id = NULL WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = e.user_id)`);
    await q.query(`ALTER TABLE audit_events ADD CONSTRAINT audit_events_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN actor_email`);
  }
}
