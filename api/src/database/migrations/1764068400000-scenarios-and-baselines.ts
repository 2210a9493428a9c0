import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scenarios: named what-ifs stored as overrides on the plan of record (never a copy of it), which
 * can be promoted to the plan, recording who chose it, when and on which forecast. Baselines: the
 * plan frozen at a moment (a budget cycle, a council decision) to compare later plans with.
 */
export class ScenariosAndBaselines1764068400000 implements MigrationInterface {
  name = 'ScenariosAndBaselines1764068400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE scenarios (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      description text CHECK (description IS NULL OR length(description) <= 2000),
      overrides jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(overrides) = 'object'),
      promoted_at timestamptz,
      promoted_by uuid REFERENCES users(id) ON DELETE SET NULL,
      promoted_forecast_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (organisation_id, name),
      UNIQUE (organisation_id, id))`);
    await q.query(`CREATE TABLE baselines (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      reason text CHECK (reason IS NULL OR length(reason) <= 2000),
      taken_by uuid REFERENCES users(id) ON DELETE SET NULL,
      snapshot jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      UNIQUE (organisation_id, name))`);
    await q.query(`CREATE INDEX baselines_organisation_idx ON baselines(organisation_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE baselines`);
    await q.query(`DROP TABLE scenarios`);
  }
}
