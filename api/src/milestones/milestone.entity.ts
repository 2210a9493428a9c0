import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

export type MilestoneKind = 'council_decision' | 'wup_adopted' | 'gas_free' | 'other';

/** A moment that matters, reached when its task finishes, e.g. "WUP vastgesteld door de raad". */
@Entity('milestones')
export class Milestone extends TenantOwnedEntity {
  @Index()
  @Column({ name: 'wijk_id', type: 'uuid' })
  wijkId: string;

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId: string | null;

  @Column()
  name: string;

  @Column({ type: 'text' })
  kind: MilestoneKind;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;
}
