import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import type { MspdiProject } from './mspdi-project';

/** Where an imported MSPDI task went in the plan: its task (none for summaries) and the duration it had then. */
export interface ImportedTaskRef {
  taskId: string | null;
  minDurationWeeks: number;
}

/** An MS Project plan imported into a wijk, kept as read so an export returns what the weekly plan cannot hold. */
@Entity('project_plan_imports')
export class ProjectPlanImport extends TenantOwnedEntity {
  @Index()
  @Column({ name: 'wijk_id', type: 'uuid' })
  wijkId: string;

  @Column({ name: 'file_name' })
  fileName: string;

  @Column({ name: 'imported_by', type: 'uuid', nullable: true })
  importedBy: string | null;

  @Column({ type: 'jsonb' })
  source: MspdiProject;

  /** By MSPDI task UID. */
  @Column({ name: 'task_map', type: 'jsonb' })
  taskMap: Record<string, ImportedTaskRef>;
}
