import { MigrationInterface, QueryRunner } from 'typeorm';

/** Council reports: one PDF per completed forecast, made by the worker and kept (the forecast does not change). */
export class CouncilReports1764082800000 implements MigrationInterface {
  name = 'CouncilReports1764082800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE council_reports (
      run_id uuid PRIMARY KEY REFERENCES forecast_runs(id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','completed','failed')),
      pdf bytea,
      pages integer,
      error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      CONSTRAINT council_reports_pdf_check CHECK (status <> 'completed' OR pdf IS NOT NULL))`);
    await q.query(`CREATE INDEX council_reports_organisation_idx ON council_reports(organisation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE council_reports`);
  }
}
