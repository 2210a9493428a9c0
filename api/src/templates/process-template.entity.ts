import { Column, Entity, Unique } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

/**
 * The WUP process as phases and task templates. The definition is stored as one validated JSON
 * document because templates are edited and versioned as a whole; instantiated tasks are rows.
 */
@Entity('process_templates')
@Unique(['organisationId', 'name'])
export class ProcessTemplate extends TenantOwnedEntity {
  @Column()
  name: string;

  @Column({ type: 'jsonb' })
  definition: Record<string, unknown>;
}
