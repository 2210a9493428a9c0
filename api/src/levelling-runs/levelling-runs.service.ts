import { ConflictException, Injectable } from '@nestjs/common';
import type { LevelledTaskDto, LevellingRun as LevellingRunDto, Page, StartedRunResponse } from '@wijkkracht/contracts';
import { IsNull } from 'typeorm';
import { problem } from '../common/problem';
import { todayInAmsterdam } from '../forecasts/forecast-parameters';
import { QUEUES, JOBS } from '../jobs/queue-names';
import { loadRunInput } from '../runs/load-run-input';
import { PlanningRunsServiceOf } from '../runs/planning-runs.service';
import { CreateLevellingRunDto } from './dto/create-levelling-run.dto';
import { LevelledTasksQuery } from './dto/levelled-tasks.query';
import { LevellingParameters, LevellingRun } from './levelling-run.entity';

export const DEFAULT_SCHEDULES = 1000;
const DEFAULT_SEED = 1;

/** Levelling runs for the API: start (or reuse by fingerprint), read, list, cancel, and the schedule by page. */
@Injectable()
export class LevellingRunsService extends PlanningRunsServiceOf<
  LevellingRun,
  LevellingParameters,
  NonNullable<LevellingRun['result']>,
  LevellingRunDto
>(LevellingRun, QUEUES.levelling) {
  protected readonly kind = 'levelling' as const;
  protected readonly notFoundDetail = 'Deze planning bestaat niet.';
  protected readonly what = 'de planning';
  protected readonly jobName = JOBS.levellingRun;

  async create(
    organisationId: string,
    requestedBy: string | null,
    request: CreateLevellingRunDto,
    today = todayInAmsterdam(),
  ): Promise<StartedRunResponse> {
    const scenarioId = request.scenarioId ?? null;
    const input = await loadRunInput(this.mapper, organisationId, { today, scenarioId });
    // The comparison is with the last levelling of the same plan (or scenario) that completed.
    const previous = await this.runs.findOne({
      where: { organisationId, scenarioId: scenarioId ?? IsNull(), status: 'completed' },
      order: { finishedAt: 'DESC' },
      select: ['id'],
    });
    return this.start(
      organisationId,
      requestedBy,
      scenarioId,
      request.seed ?? DEFAULT_SEED,
      { schedules: request.schedules ?? DEFAULT_SCHEDULES },
      input,
      { previousRunId: previous?.id ?? null },
    );
  }

  /** The levelled schedule of a completed run, in start order, a page at a time. */
  async tasks(organisationId: string, id: string, query: LevelledTasksQuery): Promise<Page<LevelledTaskDto>> {
    const run = await this.find(organisationId, id);
    if (run.status !== 'completed') {
      throw new ConflictException(
        problem(409, 'Deze planning is nog niet klaar; de taken volgen als de status "completed" is.'),
      );
    }
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const rows: { plan: LevelledTaskDto[] | null }[] = await this.runs.query(
      `SELECT plan FROM levelling_runs WHERE id = $1`,
      [id],
    );
    const all = (rows[0]?.plan ?? []).filter((t) => !query.wijkId || t.wijkId === query.wijkId);
    return { items: all.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: all.length };
  }

  protected toDto(run: LevellingRun, withResult: boolean): LevellingRunDto {
    return {
      ...this.base(run),
      schedules: run.parameters.schedules,
      previousRunId: run.previousRunId,
      ...(withResult && run.status === 'completed' && run.result ? { result: run.result } : {}),
    };
  }
}
