import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RUN_PHASE_TEXTS, type ForecastGranularity, type ForecastResultSummary, type RunStatus } from '@wijkkracht/contracts';
import type { ForecastPartial, ForecastResult, Programme } from '@wijkkracht/planning';
import { DataSource } from 'typeorm';
import { ACTIVE_STATUSES, DONE_PHASE, returned, RunLifecycle } from '../runs/run-lifecycle';
import { blobToPartial, partialToBlob } from './partial-blob';

export { ACTIVE_STATUSES };
const PERCENTILES = ['p10', 'p50', 'p80', 'p90'] as const;
const RUN_STATE_COLUMNS = `id, organisation_id AS "organisationId", status, seed, simulations, chunk_size AS "chunkSize",
  chunk_count AS "chunkCount", granularity, requeues`;

export interface RunState {
  id: string;
  organisationId: string;
  status: RunStatus;
  seed: number;
  simulations: number;
  chunkSize: number;
  chunkCount: number;
  granularity: ForecastGranularity;
  requeues: number;
}

/**
 * Persistence of forecast runs for the workers: state changes are conditional updates, so a
 * retried, duplicated or late job can never move a finished run back, and every result is written once.
 */
@Injectable()
export class ForecastStore {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: RunLifecycle,
  ) {}

  async state(runId: string): Promise<RunState | null> {
    const rows: RunState[] = await this.db.query(
      `SELECT ${RUN_STATE_COLUMNS} FROM forecast_runs WHERE id = $1`,
      [runId],
    );
    return rows[0] ?? null;
  }

  /** The run's state and whether a chunk of it is stored already, in one round trip (a chunk job's first question). */
  async chunkState(runId: string, chunkIndex: number): Promise<(RunState & { chunkStored: boolean }) | null> {
    const rows: (RunState & { chunkStored: boolean })[] = await this.db.query(
      `SELECT ${RUN_STATE_COLUMNS},
              EXISTS (SELECT 1 FROM forecast_chunks c WHERE c.run_id = r.id AND c.chunk_index = $2) AS "chunkStored"
         FROM forecast_runs r WHERE id = $1`,
      [runId, chunkIndex],
    );
    return rows[0] ?? null;
  }

  async input(runId: string): Promise<Programme> {
    const rows: { input: Programme }[] = await this.db.query(
      `SELECT input FROM forecast_runs WHERE id = $1`,
      [runId],
    );
    if (!rows[0]) throw new Error(`forecast run ${runId} does not exist`);
    return rows[0].input;
  }

  /** Progress only grows, and only an active run moves; returns false when the run is no longer active. */
  progress(runId: string, progress: number, phase: string): Promise<boolean> {
    return this.lifecycle.progress('forecast', runId, progress, phase);
  }

  /** Stores a chunk's samples once: a second writer of the same chunk (retry, stalled twin) changes nothing. */
  async saveChunk(
    runId: string,
    chunkIndex: number,
    partial: ForecastPartial,
    durationMs: number,
    worker: string,
  ): Promise<boolean> {
    const samples = await partialToBlob(partial);
    const rows = await this.db.query(
      // Only for an active run, whose row it locks until it commits: a chunk that finishes after
      // its run was cancelled, failed or completed (which delete the chunks) leaves none behind.
      `INSERT INTO forecast_chunks (run_id, chunk_index, sim_from, sim_to, samples, duration_ms, worker)
       SELECT id, $2::int, $3::int, $4::int, $5::bytea, $6::int, $7::text
         FROM forecast_runs WHERE id = $1 AND status IN ('queued','running') FOR SHARE
       ON CONFLICT (run_id, chunk_index) DO NOTHING RETURNING chunk_index`,
      [runId, chunkIndex, partial.from, partial.to, samples, Math.round(durationMs), worker],
    );
    return rows.length > 0;
  }

  async storedSimulations(runId: string): Promise<number> {
    const rows: { n: string | null }[] = await this.db.query(
      `SELECT sum(sim_to - sim_from) AS n FROM forecast_chunks WHERE run_id = $1`,
      [runId],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** The stored chunks of a run, but for those with an index in `except` (held in memory already). */
  async chunks(runId: string, except: readonly number[] = []): Promise<ForecastPartial[]> {
    const rows: { samples: Buffer }[] = await this.db.query(
      `SELECT samples FROM forecast_chunks WHERE run_id = $1 AND NOT chunk_index = ANY($2::int[]) ORDER BY chunk_index`,
      [runId, except],
    );
    return Promise.all(rows.map((r) => blobToPartial(r.samples)));
  }

  /**
   * Writes the merged result and completes the run in one transaction, under a row lock: a
   * duplicated merge finds the run completed (or the series present) and writes nothing.
   */
  async complete(
    runId: string,
    result: ForecastResult,
    disciplineNames: Map<string, string>,
  ): Promise<boolean> {
    const completed = await this.db.transaction(async (m) => {
      const rows: { status: RunStatus }[] = await m.query(
        `SELECT status FROM forecast_runs WHERE id = $1 FOR UPDATE`,
        [runId],
      );
      if (!rows[0] || !ACTIVE_STATUSES.includes(rows[0].status)) return null;
      // One statement for every granularity and discipline (dozens of rows of arrays).
      const values: unknown[] = [runId];
      const rowsSql: string[] = [];
      for (const [granularity, periods] of Object.entries(result.periods)) {
        const g = granularity as keyof ForecastResult['periods'];
        const demand = result.demand[g]!;
        const shortfall = result.shortfall[g]!;
        const capacity = result.capacity[g]!;
        for (let d = 0; d < result.disciplines.length; d++) {
          const row = [
            g,
            result.disciplines[d],
            d,
            periods,
            ...PERCENTILES.map((p) => demand[p][d]),
            ...PERCENTILES.map((p) => shortfall[p][d]),
            capacity[d],
          ];
          rowsSql.push(`($1, ${row.map((_, k) => `$${values.length + k + 1}`).join(', ')})`);
          values.push(...row);
        }
      }
      if (rowsSql.length > 0) {
        await m.query(
          `INSERT INTO forecast_series (run_id, granularity, discipline_id, discipline_index, periods,
             demand_p10, demand_p50, demand_p80, demand_p90, shortfall_p10, shortfall_p50, shortfall_p80, shortfall_p90, capacity)
           VALUES ${rowsSql.join(', ')}
           ON CONFLICT (run_id, granularity, discipline_id) DO NOTHING`,
          values,
        );
      }
      const summary: ForecastResultSummary = {
        seed: result.seed,
        simulations: result.simulations,
        disciplines: result.disciplines.map((id) => ({ id, name: disciplineNames.get(id) ?? id })),
        periods: Object.entries(result.periods).map(([granularity, labels]) => ({
          granularity,
          count: labels.length,
          first: labels[0] ?? '',
          last: labels[labels.length - 1] ?? '',
        })),
        milestones: result.milestones,
      };
      const done = returned<{ organisation_id: string }>(
        await m.query(
          `UPDATE forecast_runs SET status = 'completed', progress = 100, phase = '${DONE_PHASE}', result = $2, error = NULL,
                finished_at = now(), updated_at = now()
          WHERE id = $1 RETURNING organisation_id`,
          [runId, JSON.stringify(summary)],
        ),
      );
      // The samples have served their purpose; the series are the result.
      await m.query(`DELETE FROM forecast_chunks WHERE run_id = $1`, [runId]);
      return done[0].organisation_id;
    });
    if (!completed) return false;
    await this.lifecycle.published('forecast', runId, completed, {
      status: 'completed',
      progress: 100,
      phase: DONE_PHASE,
    });
    return true;
  }

  /** Ends an active run as failed with a reason a person can act on; a finished run stays as it is. */
  async fail(runId: string, reason: string): Promise<boolean> {
    return this.dropChunksIf(await this.lifecycle.fail('forecast', runId, reason), runId);
  }

  async cancel(runId: string): Promise<boolean> {
    return this.dropChunksIf(await this.lifecycle.cancel('forecast', runId), runId);
  }

  /** A run that ended without a result has no use for its samples. */
  private async dropChunksIf(ended: boolean, runId: string): Promise<boolean> {
    if (ended) await this.db.query(`DELETE FROM forecast_chunks WHERE run_id = $1`, [runId]);
    return ended;
  }

  /** Active runs older than `graceMs`, for the watchdog. */
  async activeRuns(queuePrefix: string, graceMs: number): Promise<RunState[]> {
    return this.db.query(
      `SELECT ${RUN_STATE_COLUMNS}
         FROM forecast_runs
        WHERE status IN ('queued','running') AND queue_prefix = $1 AND created_at < now() - ($2 || ' milliseconds')::interval`,
      [queuePrefix, String(graceMs)],
    );
  }

  async markRequeued(runId: string): Promise<void> {
    await this.db.query(
      `UPDATE forecast_runs SET requeues = requeues + 1, phase = '${RUN_PHASE_TEXTS.requeued}', updated_at = now()
        WHERE id = $1 AND status IN ('queued','running')`,
      [runId],
    );
  }
}
