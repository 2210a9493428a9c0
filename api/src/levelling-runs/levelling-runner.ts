import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RUN_PHASE_TEXTS, type LevelledTaskDto } from '@wijkkracht/contracts';
import { compileProgramme, levelModelSteps, type Programme, type SearchProgress } from '@wijkkracht/planning';
import { DataSource } from 'typeorm';
import { runReporting } from '../jobs/work-slices';
import { RunLifecycle } from '../runs/run-lifecycle';
import { levelledTasks, levellingSummary, PreviousLevelling } from './levelling-result';
import type { LevellingParameters } from './levelling-run.entity';

interface LevellingState {
  status: string;
  seed: number;
  parameters: LevellingParameters;
  previousRunId: string | null;
  input: Programme;
}

/**
 * Worker side of a levelling run: loads its input snapshot, levels it with the engine, compares it
 * with the previous levelling and stores the result once (a retried or duplicated job finds the run
 * completed and writes nothing).
 */
@Injectable()
export class LevellingRunner {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: RunLifecycle,
  ) {}

  async run(runId: string): Promise<{ completed: boolean; skipped?: string }> {
    const rows: LevellingState[] = await this.db.query(
      `SELECT status, seed, parameters, previous_run_id AS "previousRunId", input FROM levelling_runs WHERE id = $1`,
      [runId],
    );
    const state = rows[0];
    if (!state || !['queued', 'running'].includes(state.status))
      return { completed: false, skipped: state?.status ?? 'missing' };
    if (!(await this.lifecycle.progress('levelling', runId, 5, RUN_PHASE_TEXTS.buildingPlan))) return { completed: false, skipped: 'cancelled' };
    const model = compileProgramme(state.input);
    const previous = state.previousRunId ? await this.previous(state.previousRunId) : null;
    const { schedules } = state.parameters;
    if (!(await this.lifecycle.progress('levelling', runId, 10, `Plannen: ${schedules} ${schedules === 1 ? 'rooster' : 'roosters'} proberen`)))
      return { completed: false, skipped: 'cancelled' };
    // In slices that yield: 1,000 schedules of a large gemeente take seconds, which this worker's
    // other jobs (their lock renewals) and a shutdown should not wait for.
    const levelled = await runReporting(
      levelModelSteps(model, { schedules, seed: state.seed, ...(previous ? { previous } : {}) }),
      (p: SearchProgress) =>
        this.lifecycle.progress(
          'levelling',
          runId,
          10 + Math.floor((80 * p.schedules) / p.budget),
          `Plannen: ${p.schedules} van ${p.budget} roosters geprobeerd`,
        ),
    );
    if (!levelled) return { completed: false, skipped: 'cancelled' };
    const { plan } = levelled.value;
    if (!(await this.lifecycle.progress('levelling', runId, 90, RUN_PHASE_TEXTS.storingExplanation)))
      return { completed: false, skipped: 'cancelled' };
    const summary = levellingSummary(plan, state.input, { seed: state.seed, schedules }, previous);
    const tasks: LevelledTaskDto[] = levelledTasks(plan, state.input);
    const completed = await this.lifecycle.complete('levelling', runId, summary, { plan: JSON.stringify(tasks) });
    return { completed };
  }

  private async previous(runId: string): Promise<PreviousLevelling | null> {
    const rows: { plan: LevelledTaskDto[] | null; finished_at: Date | null }[] = await this.db.query(
      `SELECT plan, finished_at FROM levelling_runs WHERE id = $1 AND status = 'completed'`,
      [runId],
    );
    const row = rows[0];
    if (!row?.plan || !row.finished_at) return null;
    return { runId, finishedAt: row.finished_at.toISOString(), tasks: row.plan };
  }
}
