import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

/** The plan of record frozen at a moment; never changed afterwards. */
@Entity('baselines')
export class Baseline extends TenantOwnedEntity {
  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'taken_by', type: 'uuid', nullable: true })
  takenBy: string | null;

  @Column({ type: 'jsonb', select: false })
  snapshot: Record<string, unknown>;
}
