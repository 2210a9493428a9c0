import type { AdviceResultSummary, AdviceScope } from '@wijkkracht/contracts';
import { Entity } from 'typeorm';
import { RunRecord } from '../runs/run-record.entity';

export interface AdviceParameters {
  targetProbability: number;
  simulations: number;
  /** Null: no internal rate given, so no internal cost. */
  internalHourlyRate: number | null;
  externalHourlyRate: number;
  maxEvaluations: number;
  scope: AdviceScope;
  /** The day the advice counts hiring lead times from (the run's today). */
  today: string;
}

/** Hiring advice as a background job: the least extra fte per discipline for a target chance on time. */
@Entity('advice_runs')
export class AdviceRun extends RunRecord<AdviceParameters, AdviceResultSummary> {}
