import { Column, Entity, Index, Unique } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

/** Finish-to-start: the successor starts at least `lagWeeks` after the predecessor finishes. */
@Entity('task_dependencies')
@Unique(['predecessorId', 'successorId'])
export class TaskDependency extends TenantOwnedEntity {
  @Index()
  @Column({ name: 'predecessor_id', type: 'uuid' })
  predecessorId: string;

  @Index()
  @Column({ name: 'successor_id', type: 'uuid' })
  successorId: string;

  @Column({ name: 'lag_weeks', type: 'int', default: 0 })
  lagWeeks: number;
}
