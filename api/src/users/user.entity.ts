import type { Role } from '@wijkkracht/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Organisation } from '../organisations/organisation.entity';

@Entity('users')
export class User extends BaseEntity {
  @Index()
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** Stored lower-case; unique across the installation because sign-in is by e-mail alone. */
  @Column({ unique: true })
  email: string;

  @Column()
  name: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ default: true })
  active: boolean;
}
