import { MigrationInterface, QueryRunner } from 'typeorm';

/** Personal API tokens: a name and a role of their own (at most the owner's) on the existing access_tokens. */
export class ApiTokens1764090300000 implements MigrationInterface {
  name = 'ApiTokens1764090300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE access_tokens
      ADD COLUMN name text CHECK (name IS NULL OR length(name) BETWEEN 1 AND 100),
      ADD COLUMN role text CHECK (role IS NULL OR role IN ('admin','programme_manager','team_lead','staff','viewer')),
      ADD CONSTRAINT access_tokens_api_check CHECK (kind <> 'api' OR (name IS NOT NULL AND role IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM access_tokens WHERE kind = 'api'`);
    await q.query(`ALTER TABLE access_tokens DROP CONSTRAINT access_tokens_api_check, DROP COLUMN role, DROP COLUMN name`);
  }
}
