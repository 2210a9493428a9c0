import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables of the plan that the API's read cache renders from (see common/read-cache/): each
 * committed change of one of them raises its organisation's data version, in the same transaction.
 */
const PLAN_TABLES = [
  'disciplines',
  'teams',
  'users',
  'staff_members',
  'leave_periods',
  'process_templates',
  'wijken',
  'tasks',
  'task_dependencies',
  'milestones',
  'assignments',
  'scenarios',
  'baselines',
];

/**
 * A version number per organisation that every committed change of its plan raises. A read that
 * sees version V sees at least the data of V, so a response rendered after reading V may be served
 * again for as long as V is current (common/read-cache/read-cache.ts).
 *
 * The trigger is a deferred constraint trigger: it fires at commit, once per organisation and
 * transaction (a transaction-local setting remembers it did), so the version row is locked only for
 * the moment of the commit and never while a transaction still takes other row locks — no new
 * deadlocks between writers of one organisation.
 */
export class OrganisationDataVersions1764108000000 implements MigrationInterface {
  name = 'OrganisationDataVersions1764108000000';

  async up(q: QueryRunner): Promise<void> {
    // No foreign key: deleting an organisation deletes its rows, whose triggers still bump its version.
    await q.query(`CREATE TABLE organisation_data_versions (
      organisation_id uuid PRIMARY KEY,
      version bigint NOT NULL CHECK (version > 0)
    )`);
    await q.query(`CREATE FUNCTION bump_organisation_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        organisation uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.organisation_id ELSE NEW.organisation_id END;
        done_flag text := 'wijkkracht.data_version_' || replace(organisation::text, '-', '_');
      BEGIN
        IF coalesce(current_setting(done_flag, true), '') <> 'bumped' THEN
          INSERT INTO organisation_data_versions AS v (organisation_id, version) VALUES (organisation, 1)
            ON CONFLICT (organisation_id) DO UPDATE SET version = v.version + 1;
          PERFORM set_config(done_flag, 'bumped', true);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of PLAN_TABLES) {
      await q.query(`CREATE CONSTRAINT TRIGGER bump_organisation_data_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_organisation_data_version()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of PLAN_TABLES) await q.query(`DROP TRIGGER bump_organisation_data_version ON ${table}`);
    await q.query(`DROP FUNCTION bump_organisation_data_version()`);
    await q.query(`DROP TABLE organisation_data_versions`);
  }
}
