import { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes for the default order of the busiest lists, so a page is read without sorting the organisation. */
export class ListIndexes1764072000000 implements MigrationInterface {
  name = 'ListIndexes1764072000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX tasks_organisation_sequence_idx ON tasks(organisation_id, sequence, id)`);
    await q.query(`CREATE INDEX tasks_wijk_sequence_idx ON tasks(wijk_id, sequence, id)`);
    await q.query(`CREATE INDEX wijken_organisation_name_idx ON wijken(organisation_id, name, id)`);
    await q.query(`CREATE INDEX staff_members_organisation_name_idx ON staff_members(organisation_id, name, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['tasks_organisation_sequence_idx', 'tasks_wijk_sequence_idx', 'wijken_organisation_name_idx', 'staff_members_organisation_name_idx']) {
      await q.query(`DROP INDEX ${index}`);
    }
  }
}
