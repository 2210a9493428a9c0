import type { LevelledTaskDto, LevellingResultSummary } from '@wijkkracht/contracts';
import { Column, Entity } from 'typeorm';
import { RunRecord } from '../runs/run-record.entity';

export interface LevellingParameters {
  schedules: number;
}

/** A levelling of the plan (or a scenario) as a background job: the levelled schedule and what changed. */
@Entity('levelling_runs')
export class LevellingRun extends RunRecord<LevellingParameters, LevellingResultSummary> {
  /** The completed levelling of the same plan or scenario this one is compared with. */
  @Column({ name: 'previous_run_id', type: 'uuid', nullable: true })
  previousRunId: string | null;

  /** The whole levelled schedule (read by page, and by the next levelling to compare). */
  @Column({ type: 'jsonb', nullable: true, select: false })
  plan?: LevelledTaskDto[] | null;
}
