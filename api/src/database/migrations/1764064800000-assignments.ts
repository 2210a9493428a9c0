import { MigrationInterface, QueryRunner } from 'typeorm';

/** Assignments: a staff member on a task for some hours a week over a date range (design.md). */
export class Assignments1764064800000 implements MigrationInterface {
  name = 'Assignments1764064800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE assignments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      staff_member_id uuid NOT NULL,
      task_id uuid NOT NULL,
      hours_per_week numeric(5,2) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 60),
      start_date date NOT NULL,
      end_date date NOT NULL,
      source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual','leveller')),
      locked boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      FOREIGN KEY (organisation_id, staff_member_id) REFERENCES staff_members(organisation_id, id) ON DELETE CASCADE,
      FOREIGN KEY (organisation_id, task_id) REFERENCES tasks(organisation_id, id) ON DELETE CASCADE,
      CONSTRAINT assignments_end_date_check CHECK (end_date >= start_date),
      UNIQUE (staff_member_id, task_id, start_date))`);
    await q.query(`CREATE INDEX assignments_task_idx ON assignments(task_id)`);
    await q.query(`CREATE INDEX assignments_staff_idx ON assignments(staff_member_id)`);
    await q.query(`CREATE INDEX assignments_organisation_idx ON assignments(organisation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assignments`);
  }
}
