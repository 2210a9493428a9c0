import { Column, Entity, Unique } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

@Entity('disciplines')
@Unique(['organisationId', 'code'])
export class Discipline extends TenantOwnedEntity {
  /** Stable key, e.g. `participatie`, used by templates. */
  @Column()
  code: string;

  @Column()
  name: string;

  /** Weeks to fill a vacancy: 12 by default, 20 for technical and spatial roles (assumption, domain.md). */
  @Column({ name: 'hiring_lead_weeks', type: 'int', default: 12 })
  hiringLeadWeeks: number;
}
