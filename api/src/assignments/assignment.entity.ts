import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { numericTransformer } from '../database/numeric.transformer';

/** A staff member on a task, some hours a week over a date range; manual (locked) or proposed by the leveller. */
@Entity('assignments')
export class Assignment extends TenantOwnedEntity {
  @Index()
  @Column({ name: 'staff_member_id', type: 'uuid' })
  staffMemberId: string;

  @Index()
  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @Column({ name: 'hours_per_week', type: 'numeric', precision: 5, scale: 2, transformer: numericTransformer })
  hoursPerWeek: number;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ type: 'text', default: 'manual' })
  source: 'manual' | 'leveller';

  @Column({ default: true })
  locked: boolean;
}
