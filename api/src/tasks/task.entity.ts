import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { numericTransformer } from '../database/numeric.transformer';

export type TaskStatus = 'planned' | 'in_progress' | 'done' | 'cancelled';

@Entity('tasks')
export class Task extends TenantOwnedEntity {
  @Index()
  @Column({ name: 'wijk_id', type: 'uuid' })
  wijkId: string;

  /** Key of the WUP phase, e.g. `participatie`. */
  @Column()
  phase: string;

  /** Key of the template task it was made from; null for a task added by hand. */
  @Column({ name: 'template_key', type: 'text', nullable: true })
  templateKey: string | null;

  @Column()
  name: string;

  @Column({ name: 'discipline_id', type: 'uuid' })
  disciplineId: string;

  /** Three-point estimate of the effort in hours; `effortHours` is the most likely. */
  @Column({ name: 'effort_optimistic', type: 'numeric', precision: 10, scale: 2, transformer: numericTransformer })
  effortOptimistic: number;

  @Column({ name: 'effort_hours', type: 'numeric', precision: 10, scale: 2, transformer: numericTransformer })
  effortHours: number;

  @Column({ name: 'effort_pessimistic', type: 'numeric', precision: 10, scale: 2, transformer: numericTransformer })
  effortPessimistic: number;

  @Column({ name: 'min_duration_weeks', type: 'int' })
  minDurationWeeks: number;

  @Column({ name: 'max_duration_weeks', type: 'int' })
  maxDurationWeeks: number;

  @Column({ name: 'earliest_start', type: 'date', nullable: true })
  earliestStart: string | null;

  @Column({ type: 'text', default: 'planned' })
  status: TaskStatus;

  @Column({ name: 'hours_spent', type: 'numeric', precision: 10, scale: 2, default: 0, transformer: numericTransformer })
  hoursSpent: number;

  @Column({ name: 'pinned_start', type: 'date', nullable: true })
  pinnedStart: string | null;

  @Column({ name: 'pinned_end', type: 'date', nullable: true })
  pinnedEnd: string | null;

  /** Order within the wijk, for stable listings. */
  @Column({ type: 'int', default: 0 })
  sequence: number;
}
