import type { ForecastGranularity, ForecastResultSummary, ForecastTrigger } from '@wijkkracht/contracts';
import { Column, Entity } from 'typeorm';
import { RunColumns } from '../runs/run-record.entity';

/**
 * One forecast: its parameters, the exact engine input it was computed from (a snapshot, so a
 * later edit of the plan never changes what a finished run means), its progress and result summary.
 * Chunks and per-period series live in `forecast_chunks` and `forecast_series` (raw SQL, arrays).
 */
@Entity('forecast_runs')
export class ForecastRun extends RunColumns<ForecastResultSummary> {
  @Column({ type: 'int' })
  simulations: number;

  @Column({ name: 'horizon_end', type: 'date' })
  horizonEnd: string;

  @Column({ type: 'text' })
  granularity: ForecastGranularity;

  @Column({ name: 'chunk_size', type: 'int' })
  chunkSize: number;

  @Column({ name: 'chunk_count', type: 'int' })
  chunkCount: number;

  @Column({ type: 'text', default: 'request' })
  trigger: ForecastTrigger;

  @Column({ type: 'int', default: 0 })
  requeues: number;
}
