import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';

/** A subscribable iCalendar feed of milestones (of one wijk, or of the whole organisation when wijkId is null). */
@Entity('calendar_feeds')
export class CalendarFeed extends TenantOwnedEntity {
  @Column({ name: 'wijk_id', type: 'uuid', nullable: true })
  wijkId: string | null;

  @Column()
  name: string;

  /** SHA-256 (hex) of the secret token in the feed URL; the token itself is shown once and never stored. */
  @Column({ name: 'token_hash', select: false })
  tokenHash: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
