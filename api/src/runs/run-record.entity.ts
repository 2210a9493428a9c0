import type { RunStatus } from '@wijkkracht/contracts';
import type { Programme } from '@wijkkracht/planning';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The lifecycle columns every run shares (forecast, levelling, advice): the exact engine input it
 * was computed from (a snapshot, so a later edit never changes what a finished run means) and its
 * fingerprint, progress and result.
 */
export abstract class RunColumns<R extends object> {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'scenario_id', type: 'uuid', nullable: true })
  scenarioId: string | null;

  @Column({ type: 'int' })
  seed: number;

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

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  /** The BullMQ prefix its jobs live under: a watchdog only looks after runs of its own queues. */
  @Column({ name: 'queue_prefix', type: 'text' })
  queuePrefix: string;

  @Column({ type: 'jsonb', nullable: true })
  result: R | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

/** A levelling or advice run: the lifecycle columns and its parameters. */
export abstract class RunRecord<P extends object, R extends object> extends RunColumns<R> {
  @Column({ type: 'jsonb' })
  parameters: P;
}
