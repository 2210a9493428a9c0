import { Column, Entity, Unique } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

@Entity('teams')
@Unique(['organisationId', 'name'])
export class Team extends TenantOwnedEntity {
  @Column()
  name: string;

  /** The team lead who assigns this team's work. */
  @Column({ name: 'lead_user_id', type: 'uuid', nullable: true })
  leadUserId: string | null;
}
