import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type CouncilReportStatus = 'queued' | 'completed' | 'failed';

/** The council report of one completed forecast: asked for once, made by the worker, then served as stored. */
@Entity('council_reports')
export class CouncilReport {
  @PrimaryColumn({ name: 'run_id', type: 'uuid' })
  runId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text', default: 'queued' })
  status: CouncilReportStatus;

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf: Buffer | null;

  @Column({ type: 'int', nullable: true })
  pages: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
