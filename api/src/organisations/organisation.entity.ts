import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { numericTransformer } from '../database/numeric.transformer';

/** A gemeente: one tenant. */
@Entity('organisations')
export class Organisation extends BaseEntity {
  @Column()
  name: string;

  /** CBS gemeentecode, e.g. GM0363. */
  @Column({ name: 'cbs_code', unique: true })
  cbsCode: string;

  /** Yearly staff turnover (uitstroom); default 9 % (A&O fonds Gemeenten, Personeelsmonitor). */
  @Column({ name: 'turnover_rate', type: 'numeric', precision: 5, scale: 4, transformer: numericTransformer })
  turnoverRate: number;

  /** Whether Goede Vrijdag is a day off for this employer (not for all, see domain.md). */
  @Column({ name: 'good_friday_off', default: false })
  goodFridayOff: boolean;

  /** The organisation's own closing days (ISO dates), on top of public holidays. */
  @Column({ name: 'closing_days', type: 'date', array: true, default: () => "'{}'" })
  closingDays: string[];
}
