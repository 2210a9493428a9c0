import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import type { ScenarioOverrides } from '@wijkkracht/contracts';

@Entity('scenarios')
export class Scenario extends TenantOwnedEntity {
  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  overrides: ScenarioOverrides;

  @Column({ name: 'promoted_at', type: 'timestamptz', nullable: true })
  promotedAt: Date | null;

  @Column({ name: 'promoted_by', type: 'uuid', nullable: true })
  promotedBy: string | null;

  @Column({ name: 'promoted_forecast_id', type: 'uuid', nullable: true })
  promotedForecastId: string | null;
}
