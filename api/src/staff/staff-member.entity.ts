import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import { numericTransformer } from '../database/numeric.transformer';

export type EmploymentType = 'permanent' | 'temporary' | 'external';

@Entity('staff_members')
export class StaffMember extends TenantOwnedEntity {
  @Column()
  name: string;

  @Column({ name: 'primary_discipline_id', type: 'uuid' })
  primaryDisciplineId: string;

  @Column({ name: 'secondary_discipline_id', type: 'uuid', nullable: true })
  secondaryDisciplineId: string | null;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  /** The signed-in account of this person, if any (staff see their own work). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** Hours a week; 36 = 1 fte under the CAO Gemeenten. */
  @Column({ name: 'contract_hours', type: 'numeric', precision: 5, scale: 2, transformer: numericTransformer })
  contractHours: number;

  /** Share of contract hours available to the programme (0–1); default 0.8 (assumption, domain.md). */
  @Column({ name: 'programme_share', type: 'numeric', precision: 4, scale: 3, transformer: numericTransformer })
  programmeShare: number;

  @Column({ name: 'employment_type', type: 'text' })
  employmentType: EmploymentType;

  /** Euro per hour; required for inhuur. */
  @Column({ name: 'hourly_rate', type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numericTransformer })
  hourlyRate: number | null;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  /** A temporary budget behind the post, e.g. CDOKE; the post ends with it. */
  @Column({ name: 'funding_source', type: 'text', nullable: true })
  fundingSource: string | null;

  @Column({ name: 'funding_end_date', type: 'date', nullable: true })
  fundingEndDate: string | null;
}
