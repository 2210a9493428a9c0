import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first cut of the domain model (design.md): tenants, users and tokens, disciplines, teams,
 * staff and leave, wijken, WUP templates, tasks with dependencies, milestones and the audit log.
 * Rules live in the database too (foreign keys, checks, unique keys per organisation).
 */
export class InitialSchema1764028800000 implements MigrationInterface {
  name = 'InitialSchema1764028800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    const meta = `
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1`;
    const tenant = `organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE`;

    await q.query(`CREATE TABLE organisations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      cbs_code text NOT NULL UNIQUE CHECK (cbs_code ~ '^GM[0-9]{4}$'),
      turnover_rate numeric(5,4) NOT NULL DEFAULT 0.09 CHECK (turnover_rate >= 0 AND turnover_rate <= 1),
      good_friday_off boolean NOT NULL DEFAULT false,
      closing_days date[] NOT NULL DEFAULT '{}',${meta})`);

    await q.query(`CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${tenant},
      email text NOT NULL UNIQUE CHECK (email = lower(email) AND email LIKE '%_@_%'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      role text NOT NULL CHECK (role IN ('admin','programme_manager','team_lead','staff','viewer')),
      password_hash text,
      active boolean NOT NULL DEFAULT true,${meta})`);
    await q.query(`CREATE INDEX users_organisation_idx ON users(organisation_id)`);

    await q.query(`CREATE TABLE access_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      kind text NOT NULL DEFAULT 'session' CHECK (kind IN ('session','api')),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      CHECK (expires_at > created_at))`);
    await q.query(`CREATE INDEX access_tokens_user_idx ON access_tokens(user_id)`);

    await q.query(`CREATE TABLE disciplines (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${tenant},
      code text NOT NULL CHECK (code ~ '^[a-z0-9-]{1,60}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      hiring_lead_weeks integer NOT NULL DEFAULT 12 CHECK (hiring_lead_weeks BETWEEN 0 AND 104),${meta},
      UNIQUE (organisation_id, code),
      UNIQUE (organisation_id, id))`);

    await q.query(`CREATE TABLE teams (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${tenant},
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      lead_user_id uuid REFERENCES users(id) ON DELETE SET NULL,${meta},
      UNIQUE (organisation_id, name),
      UNIQUE (organisation_id, id))`);

    // Composite foreign keys (organisation_id, x_id) make a cross-tenant reference impossible.
    await q.query(`CREATE TABLE staff_members (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${tenant},
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      primary_discipline_id uuid NOT NULL,
      secondary_discipline_id uuid,
      team_id uuid,
      user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      contract_hours numeric(5,2) NOT NULL CHECK (contract_hours > 0 AND contract_hours <= 60),
      programme_share numeric(4,3) NOT NULL DEFAULT 0.8 CHECK (programme_share >= 0 AND programme_share <= 1),
      employment_type text NOT NULL CHECK (employment_type IN ('permanent','temporary','external')),
      hourly_rate numeric(8,2) CHECK (hourly_rate IS NULL OR hourly_rate >= 0),
      start_date date NOT NULL,
      end_date date,
      funding_source text,
      funding_end_date date,${meta},
      UNIQUE (organisation_id, id),
      FOREIGN KEY (organisation_id, primary_discipline_id) REFERENCES disciplines(organisation_id, id),
      FOREIGN KEY (organisation_id, secondary_discipline_id) REFERENCES disciplines(organisation_id, id),
      FOREIGN KEY (organisation_id, team_id) REFERENCES teams(organisation_id, id),
      CONSTRAINT staff_members_end_date_check CHECK (end_date IS NULL OR end_date >= start_date),
      CONSTRAINT staff_members_hourly_rate_required_check CHECK (employment_type <> 'external' OR hourly_rate IS NOT NULL),
      CONSTRAINT staff_members_secondary_discipline_id_check
        CHECK (secondary_discipline_id IS NULL OR secondary_discipline_id <> primary_discipline_id),
      CONSTRAINT staff_members_funding_end_date_check CHECK (funding_end_date IS NULL OR funding_end_date >= start_date))`);
    await q.query(`CREATE INDEX staff_members_organisation_idx ON staff_members(organisation_id)`);

    await q.query(`CREATE TABLE leave_periods (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${tenant},
      staff_member_id uuid NOT NULL,
      start_date date NOT NULL,
      end_date date NOT NULL,
      hours_per_week numeric(5,2) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 60),
      reason text,${meta},
      FOREIGN KEY (organisation_id, staff_member_id) REFERENCES staff_members(organisation_id, id) ON DELETE CASCADE,
      CONSTRAINT leave_periods_end_date_check CHECK (end_date >= start_date))`);
    await q.query(`CREATE INDEX leave_periods_staff_idx ON leave_periods(staff_member_id)`);

    await q.query(`CREATE TABLE process_templates (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${tenant},
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      definition jsonb NOT NULL CHECK (jsonb_typeof(definition) = 'object'),${meta},
      UNIQUE (organisation_id, name),
      UNIQUE (organisation_id, id))`);

    await q.query(`CREATE TABLE wijken (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${tenant},
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      cbs_code text NOT NULL CHECK (cbs_code ~ '^WK[0-9]{6}$'),
      homes integer NOT NULL CHECK (homes > 0 AND homes <= 100000),
      wave integer NOT NULL CHECK (wave BETWEEN 0 AND 20),
      strategy text NOT NULL CHECK (strategy IN ('all_electric','heat_network','hybrid','insulation_first','green_gas')),
      participation_intensity numeric(3,2) NOT NULL DEFAULT 1 CHECK (participation_intensity > 0 AND participation_intensity <= 3),
      planned_start date NOT NULL,
      target_date date NOT NULL,
      status text NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started','in_progress','wup_adopted','in_execution','gas_free')),
      template_id uuid,${meta},
      UNIQUE (organisation_id, cbs_code),
      UNIQUE (organisation_id, id),
      FOREIGN KEY (organisation_id, template_id) REFERENCES process_templates(organisation_id, id),
      CONSTRAINT wijken_target_date_check CHECK (target_date > planned_start))`);

    await q.query(`CREATE TABLE tasks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${tenant},
      wijk_id uuid NOT NULL,
      phase text NOT NULL,
      template_key text,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      discipline_id uuid NOT NULL,
      effort_optimistic numeric(10,2) NOT NULL CHECK (effort_optimistic >= 0),
      effort_hours numeric(10,2) NOT NULL CONSTRAINT tasks_effort_hours_check CHECK (effort_hours >= effort_optimistic),
      effort_pessimistic numeric(10,2) NOT NULL CONSTRAINT tasks_effort_pessimistic_check CHECK (effort_pessimistic >= effort_hours),
      min_duration_weeks integer NOT NULL CHECK (min_duration_weeks >= 0),
      max_duration_weeks integer NOT NULL
        CONSTRAINT tasks_max_duration_weeks_check CHECK (max_duration_weeks >= min_duration_weeks AND max_duration_weeks <= 1300),
      earliest_start date,
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','in_progress','done','cancelled')),
      hours_spent numeric(10,2) NOT NULL DEFAULT 0 CHECK (hours_spent >= 0),
      pinned_start date,
      pinned_end date,
      sequence integer NOT NULL DEFAULT 0,${meta},
      UNIQUE (organisation_id, id),
      FOREIGN KEY (organisation_id, wijk_id) REFERENCES wijken(organisation_id, id) ON DELETE CASCADE,
      FOREIGN KEY (organisation_id, discipline_id) REFERENCES disciplines(organisation_id, id),
      CONSTRAINT tasks_pinned_end_check CHECK (pinned_end IS NULL OR (pinned_start IS NOT NULL AND pinned_end >= pinned_start)))`);
    await q.query(`CREATE INDEX tasks_wijk_idx ON tasks(wijk_id)`);
    await q.query(`CREATE INDEX tasks_organisation_idx ON tasks(organisation_id)`);

    await q.query(`CREATE TABLE task_dependencies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${tenant},
      predecessor_id uuid NOT NULL,
      successor_id uuid NOT NULL,
      lag_weeks integer NOT NULL DEFAULT 0 CHECK (lag_weeks BETWEEN -52 AND 520),${meta},
      UNIQUE (predecessor_id, successor_id),
      FOREIGN KEY (organisation_id, predecessor_id) REFERENCES tasks(organisation_id, id) ON DELETE CASCADE,
      FOREIGN KEY (organisation_id, successor_id) REFERENCES tasks(organisation_id, id) ON DELETE CASCADE,
      CONSTRAINT task_dependencies_successor_id_check CHECK (predecessor_id <> successor_id))`);
    await q.query(`CREATE INDEX task_dependencies_successor_idx ON task_dependencies(successor_id)`);
    await q.query(`CREATE INDEX task_dependencies_organisation_idx ON task_dependencies(organisation_id)`);

    await q.query(`CREATE TABLE milestones (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      ${tenant},
      wijk_id uuid NOT NULL,
      task_id uuid,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      kind text NOT NULL CHECK (kind IN ('council_decision','wup_adopted','gas_free','other')),
      deadline date,${meta},
      FOREIGN KEY (organisation_id, wijk_id) REFERENCES wijken(organisation_id, id) ON DELETE CASCADE,
      FOREIGN KEY (organisation_id, task_id) REFERENCES tasks(organisation_id, id) ON DELETE SET NULL (task_id))`);
    await q.query(`CREATE INDEX milestones_wijk_idx ON milestones(wijk_id)`);

    await q.query(`CREATE TABLE audit_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid REFERENCES organisations(id) ON DELETE CASCADE,
      user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      action text NOT NULL,
      entity_type text,
      entity_id uuid,
      before jsonb,
      after jsonb,
      at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX audit_events_organisation_at_idx ON audit_events(organisation_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'milestones',
      'task_dependencies',
      'tasks',
      'wijken',
      'process_templates',
      'leave_periods',
      'staff_members',
      'teams',
      'disciplines',
      'access_tokens',
      'users',
      'organisations',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
