import { Column, Index } from 'typeorm';
import { BaseEntity } from './base.entity';

/** A row that belongs to one organisation; every query on it is scoped by organisation_id. */
export abstract class TenantOwnedEntity extends BaseEntity {
  @Index()
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;
}
