import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RUN_PHASE_TEXTS, type RunProgressEvent, type RunStatus } from '@wijkkracht/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { RunEvents, type RunKind } from './run-events';

/** Each kind of run keeps its runs in a table of its own with the same lifecycle columns. */
export const RUN_TABLES: Record<RunKind, string> = {
  forecast: 'forecast_runs',
  levelling: 'levelling_runs',
  advice: 'advice_runs',
};

export const ACTIVE_STATUSES: RunStatus[] = ['queued', 'running'];
export const ENDED_STATUSES: RunStatus[] = ['completed', 'failed', 'cancelled'];

export const QUEUED_PHASE = RUN_PHASE_TEXTS.queued;
export const DONE_PHASE = RUN_PHASE_TEXTS.done;

/**
 * The state changes every background run shares, as conditional updates: progress only grows
 * and only an active run moves, so a retried, duplicated or late job never moves a finished run
 * back. Each change is published for the server-sent-event streams.
 */
@Injectable()
export class RunLifecycle {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: RunEvents,
  ) {}

  /** Returns false when the run is no longer active (cancelled, failed, completed, gone). */
  async progress(kind: RunKind, runId: string, progress: number, phase: string): Promise<boolean> {
    const rows = returned<{ organisation_id: string; progress: number; phase: string }>(
      await this.db.query(
        `UPDATE ${RUN_TABLES[kind]}
          SET status = 'running', progress = GREATEST(progress, $2), phase = $3, updated_at = now(),
              started_at = COALESCE(started_at, now())
        WHERE id = $1 AND status IN ('queued','running')
        RETURNING organisation_id, progress, phase`,
        [runId, Math.max(0, Math.min(99, Math.floor(progress))), phase],
      ),
    );
    const row = rows[0];
    if (!row) return false;
    await this.events.publish({
      kind,
      id: runId,
      organisationId: row.organisation_id,
      status: 'running',
      progress: row.progress,
      phase: row.phase,
    });
    return true;
  }

  /** Whether the run is still queued or running: a job checks between steps and stops when not. */
  async isActive(kind: RunKind, runId: string): Promise<boolean> {
    const rows: { status: RunStatus }[] = await this.db.query(
      `SELECT status FROM ${RUN_TABLES[kind]} WHERE id = $1`,
      [runId],
    );
    return !!rows[0] && ACTIVE_STATUSES.includes(rows[0].status);
  }

  /**
   * Completes an active run with its result (and further columns of its own table), in the given
   * transaction or on its own; a run that already ended stays as it is and false is returned.
   */
  async complete(
    kind: RunKind,
    runId: string,
    result: unknown,
    columns: Record<string, unknown> = {},
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const names = Object.keys(columns);
    const rows = returned<{ organisation_id: string }>(
      await manager.query(
        `UPDATE ${RUN_TABLES[kind]}
            SET status = 'completed', progress = 100, phase = '${DONE_PHASE}', result = $2, error = NULL,
                finished_at = now(), updated_at = now()${names.map((n, i) => `, ${n} = $${i + 3}`).join('')}
          WHERE id = $1 AND status IN ('queued','running') RETURNING organisation_id`,
        [runId, JSON.stringify(result), ...names.map((n) => columns[n])],
      ),
    );
    if (!rows[0]) return false;
    await this.published(kind, runId, rows[0].organisation_id, {
      status: 'completed',
      progress: 100,
      phase: DONE_PHASE,
    });
    return true;
  }

  /** Publishes a state a caller wrote itself (a completion inside its own transaction). */
  async published(
    kind: RunKind,
    runId: string,
    organisationId: string,
    event: Omit<RunProgressEvent, 'id'>,
  ): Promise<void> {
    await this.events.publish({ kind, id: runId, organisationId, ...event });
  }

  /** Ends an active run as failed with a reason a person can act on; a finished run stays as it is. */
  fail(kind: RunKind, runId: string, reason: string): Promise<boolean> {
    return this.finish(kind, runId, 'failed', 'Mislukt', reason);
  }

  cancel(kind: RunKind, runId: string): Promise<boolean> {
    return this.finish(kind, runId, 'cancelled', 'Geannuleerd', null);
  }

  /**
   * A failed run queued again (its job retried from the queue dashboard): false when it had not
   * failed, or when a newer run with the same input meanwhile took its place (unique fingerprint).
   */
  async reopen(kind: RunKind, runId: string): Promise<boolean> {
    const rows = returned<{ organisation_id: string }>(
      await this.db.query(
        `UPDATE ${RUN_TABLES[kind]} SET status = 'queued', phase = '${RUN_PHASE_TEXTS.requeued}', error = NULL,
                finished_at = NULL, updated_at = now()
          WHERE id = $1 AND status = 'failed' RETURNING organisation_id`,
        [runId],
      ),
    );
    if (!rows[0]) return false;
    await this.published(kind, runId, rows[0].organisation_id, {
      status: 'queued',
      progress: 0,
      phase: RUN_PHASE_TEXTS.requeued,
    });
    return true;
  }

  private async finish(
    kind: RunKind,
    runId: string,
    status: 'failed' | 'cancelled',
    phase: string,
    error: string | null,
  ): Promise<boolean> {
    const rows = returned<{ organisation_id: string; progress: number }>(
      await this.db.query(
        `UPDATE ${RUN_TABLES[kind]} SET status = $2, phase = $3, error = $4, finished_at = now(), updated_at = now()
        WHERE id = $1 AND status IN ('queued','running') RETURNING organisation_id, progress`,
        [runId, status, phase, error?.slice(0, 2000) ?? null],
      ),
    );
    if (!rows[0]) return false;
    await this.published(kind, runId, rows[0].organisation_id, {
      status,
      progress: rows[0].progress,
      phase,
      ...(error ? { error: error.slice(0, 2000) } : {}),
    });
    return true;
  }

  /** The run's state as a stream event, or null when it is not one of this organisation's. */
  async snapshot(kind: RunKind, organisationId: string, runId: string): Promise<RunProgressEvent | null> {
    const rows: { id: string; status: RunStatus; progress: number; phase: string; error: string | null }[] =
      await this.db.query(
        `SELECT id, status, progress, phase, error FROM ${RUN_TABLES[kind]} WHERE id = $1 AND organisation_id = $2`,
        [runId, organisationId],
      );
    const run = rows[0];
    if (!run) return null;
    return {
      id: run.id,
      status: run.status,
      progress: run.progress,
      phase: run.phase,
      ...(run.error ? { error: run.error } : {}),
    };
  }
}

/** TypeORM answers an UPDATE … RETURNING with [rows, affected], a SELECT or INSERT with the rows. */
export function returned<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}
