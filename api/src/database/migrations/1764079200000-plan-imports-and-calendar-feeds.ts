import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imported MS Project plans (the file as read, so an export gives back what MS Project knows —
 * summaries, link types, lags — that the weekly FS plan cannot hold) and iCalendar feed tokens
 * (only a SHA-256 of the secret is stored; revoking sets revoked_at).
 */
export class PlanImportsAndCalendarFeeds1764079200000 implements MigrationInterface {
  name = 'PlanImportsAndCalendarFeeds1764079200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE project_plan_imports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      wijk_id uuid NOT NULL,
      file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 300),
      imported_by uuid REFERENCES users(id) ON DELETE SET NULL,
      source jsonb NOT NULL CHECK (jsonb_typeof(source) = 'object'),
      task_map jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(task_map) = 'object'),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      FOREIGN KEY (organisation_id, wijk_id) REFERENCES wijken(organisation_id, id) ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX project_plan_imports_wijk_idx ON project_plan_imports(wijk_id, created_at)`);

    await q.query(`CREATE TABLE calendar_feeds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      wijk_id uuid,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      FOREIGN KEY (organisation_id, wijk_id) REFERENCES wijken(organisation_id, id) ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX calendar_feeds_organisation_idx ON calendar_feeds(organisation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feeds`);
    await q.query(`DROP TABLE project_plan_imports`);
  }
}
