import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Levelling and advice runs as background jobs, with the lifecycle columns of forecast runs: the
 * input snapshot and its fingerprint (an unchanged input reuses its run), status, progress, phase,
 * error and the result. A levelling run also keeps its whole schedule, to compare the next one with.
 */
export class LevellingAndAdviceRuns1764097800000 implements MigrationInterface {
  name = 'LevellingAndAdviceRuns1764097800000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['levelling_runs', 'advice_runs']) {
      await q.query(`CREATE TABLE ${table} (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        scenario_id uuid,
        seed integer NOT NULL,
        parameters jsonb NOT NULL,
        fingerprint char(64) NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
        input jsonb NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','completed','failed','cancelled')),
        progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        phase text NOT NULL DEFAULT 'In de wachtrij',
        error text,
        requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
        queue_prefix text NOT NULL,
        result jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CHECK (status <> 'completed' OR (result IS NOT NULL AND finished_at IS NOT NULL)),
        CHECK (status <> 'failed' OR error IS NOT NULL))`);
      await q.query(`CREATE INDEX ${table}_organisation_idx ON ${table}(organisation_id, created_at DESC)`);
      // One live or finished run per input: a second request for the same fingerprint reuses it.
      await q.query(`CREATE UNIQUE INDEX ${table}_fingerprint_uq ON ${table}(organisation_id, fingerprint)
        WHERE status IN ('queued','running','completed')`);
    }
    await q.query(`ALTER TABLE levelling_runs
      ADD COLUMN previous_run_id uuid REFERENCES levelling_runs(id) ON DELETE SET NULL,
      ADD COLUMN plan jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE advice_runs`);
    await q.query(`DROP TABLE levelling_runs`);
  }
}
