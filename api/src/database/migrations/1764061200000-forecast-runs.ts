import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forecast runs as background jobs (issue 5): the run with its input snapshot and fingerprint,
 * the simulation chunks the workers produce, and the merged result as one row per granularity
 * and discipline, so a heat-map slice reads a few array slices instead of the whole result.
 */
export class ForecastRuns1764061200000 implements MigrationInterface {
  name = 'ForecastRuns1764061200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE forecast_runs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      scenario_id uuid,
      simulations integer NOT NULL CHECK (simulations BETWEEN 1 AND 5000),
      seed integer NOT NULL,
      horizon_end date NOT NULL,
      granularity text NOT NULL CHECK (granularity IN ('week','month','quarter')),
      chunk_size integer NOT NULL CHECK (chunk_size >= 1),
      chunk_count integer NOT NULL CHECK (chunk_count >= 1),
      fingerprint char(64) NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
      input jsonb NOT NULL,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','completed','failed','cancelled')),
      progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
      phase text NOT NULL DEFAULT 'In de wachtrij',
      error text,
      trigger text NOT NULL DEFAULT 'request' CHECK (trigger IN ('request','nightly','plan-change')),
      requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
      queue_prefix text NOT NULL,
      requeues integer NOT NULL DEFAULT 0,
      result jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz,
      CHECK (status <> 'completed' OR (result IS NOT NULL AND finished_at IS NOT NULL)),
      CHECK (status <> 'failed' OR error IS NOT NULL))`);
    await q.query(`CREATE INDEX forecast_runs_organisation_idx ON forecast_runs(organisation_id, created_at DESC)`);
    await q.query(`CREATE INDEX forecast_runs_active_idx ON forecast_runs(status) WHERE status IN ('queued','running')`);
    // One live or finished run per input: a second request for the same fingerprint reuses it.
    await q.query(`CREATE UNIQUE INDEX forecast_runs_fingerprint_uq ON forecast_runs(organisation_id, fingerprint)
      WHERE status IN ('queued','running','completed')`);

    // A chunk's samples (compressed); the primary key makes a retried or duplicated chunk write once.
    await q.query(`CREATE TABLE forecast_chunks (
      run_id uuid NOT NULL REFERENCES forecast_runs(id) ON DELETE CASCADE,
      chunk_index integer NOT NULL CHECK (chunk_index >= 0),
      sim_from integer NOT NULL,
      sim_to integer NOT NULL CHECK (sim_to > sim_from),
      samples bytea NOT NULL,
      duration_ms integer NOT NULL,
      worker text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (run_id, chunk_index))`);

    // The merged result: the primary key makes a retried or duplicated merge write one result.
    await q.query(`CREATE TABLE forecast_series (
      run_id uuid NOT NULL REFERENCES forecast_runs(id) ON DELETE CASCADE,
      granularity text NOT NULL CHECK (granularity IN ('week','month','quarter','year')),
      discipline_id text NOT NULL,
      discipline_index integer NOT NULL,
      periods text[] NOT NULL,
      demand_p10 double precision[] NOT NULL,
      demand_p50 double precision[] NOT NULL,
      demand_p80 double precision[] NOT NULL,
      demand_p90 double precision[] NOT NULL,
      shortfall_p10 double precision[] NOT NULL,
      shortfall_p50 double precision[] NOT NULL,
      shortfall_p80 double precision[] NOT NULL,
      shortfall_p90 double precision[] NOT NULL,
      capacity double precision[] NOT NULL,
      PRIMARY KEY (run_id, granularity, discipline_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE forecast_series`);
    await q.query(`DROP TABLE forecast_chunks`);
    await q.query(`DROP TABLE forecast_runs`);
  }
}
