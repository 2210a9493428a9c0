import { Column, Entity, Unique } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { numericTransformer } from '../database/numeric.transformer';

export type WijkStrategy = 'all_electric' | 'heat_network' | 'hybrid' | 'insulation_first' | 'green_gas';
export type WijkStatus = 'not_started' | 'in_progress' | 'wup_adopted' | 'in_execution' | 'gas_free';

/** A wijk (CBS neighbourhood). Wave 0 = startwijk, gas-free by 2030; later waves follow until 2050. */
@Entity('wijken')
@Unique(['organisationId', 'cbsCode'])
export class Wijk extends TenantOwnedEntity {
  @Column()
  name: string;

  /** CBS wijk code, e.g. WK036301. */
  @Column({ name: 'cbs_code' })
  cbsCode: string;

  @Column({ type: 'int' })
  homes: number;

  @Column({ type: 'int' })
  wave: number;

  @Column({ type: 'text' })
  strategy: WijkStrategy;

  /** Multiplies participation effort: 1 = normal; 1.5 = reaching every resident, not only the usual few. */
  @Column({ name: 'participation_intensity', type: 'numeric', precision: 3, scale: 2, transformer: numericTransformer })
  participationIntensity: number;

  @Column({ name: 'planned_start', type: 'date' })
  plannedStart: string;

  @Column({ name: 'target_date', type: 'date' })
  targetDate: string;

  @Column({ type: 'text', default: 'not_started' })
  status: WijkStatus;

  @Column({ name: 'template_id', type: 'uuid', nullable: true })
  templateId: string | null;

  /** Startwijken are wave 0; serialised with the wijk so clients need not know the rule. */
  toJSON(): this & { isStartwijk: boolean } {
    return { ...this, isStartwijk: this.wave === 0 };
  }
}
