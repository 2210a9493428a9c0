import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { numericTransformer } from '../database/numeric.transformer';

@Entity('leave_periods')
export class LeavePeriod extends TenantOwnedEntity {
  @Index()
  @Column({ name: 'staff_member_id', type: 'uuid' })
  staffMemberId: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  /** Hours of leave per week in the period (a full week off = the contract hours). */
  @Column({ name: 'hours_per_week', type: 'numeric', precision: 5, scale: 2, transformer: numericTransformer })
  hoursPerWeek: number;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
