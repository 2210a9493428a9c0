import type { Role } from '@wijkkracht/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * A bearer token. Only its SHA-256 is stored, so a database leak yields no usable tokens, and a
 * token can be revoked server-side (sign-out) — which a self-contained JWT could not.
 */
@Entity('access_tokens')
export class AccessToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'token_hash', unique: true })
  tokenHash: string;

  /** 'session' for a sign-in (bearer or the web app's cookie); 'api' for a personal API token. */
  @Column({ type: 'text', default: 'session' })
  kind: 'session' | 'api';

  /** The owner's label of a personal API token; null for sessions. */
  @Column({ type: 'text', nullable: true })
  name: string | null;

  /** The role a personal API token acts with (at most the owner's); null for sessions, which act with the user's role. */
  @Column({ type: 'text', nullable: true })
  role: Role | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
