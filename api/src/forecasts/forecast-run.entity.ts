import type {
  ForecastGranularity,
  ForecastResultSummary,
  ForecastTrigger,
  RunStatus,
} from '@wijkkracht/contracts';
import type { Programme } from '@wijkkracht/planning';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * One forecast: its parameters, the exact engine input it was computed from (a snapshot, so a
 * later edit of the plan never changes what a finished run means), its progress and result summary.
 * Chunks and per-period series live in `forecast_chunks` and `forecast_series` (raw SQL, arrays).
 */
@Entity('forecast_runs')
export class ForecastRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'scenario_id', type: 'uuid', nullable: true })
  scenarioId: string | null;

  @Column({ type: 'int' })
  simulations: number;

  @Column({ type: 'int' })
  seed: number;

  @Column({ name: 'horizon_end', type: 'date' })
  horizonEnd: string;

  @Column({ type: 'text' })
  granularity: ForecastGranularity;

  @Column({ name: 'chunk_size', type: 'int' })
  chunkSize: number;

  @Column({ name: 'chunk_count', type: 'int' })
  chunkCount: number;

  @Column({ type: 'char', length: 64 })
  fingerprint: string;

  @Column({ type: 'jsonb', select: false })
  input?: Programme;

  @Column({ type: 'text', default: 'queued' })
  status: RunStatus;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Column({ type: 'text' })
  phase: string;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'text', default: 'request' })
  trigger: ForecastTrigger;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  /** The BullMQ prefix its jobs live under: a watchdog only looks after runs of its own queues. */
  @Column({ name: 'queue_prefix', type: 'text' })
  queuePrefix: string;

  @Column({ type: 'int', default: 0 })
  requeues: number;

  @Column({ type: 'jsonb', nullable: true })
  result: ForecastResultSummary | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
