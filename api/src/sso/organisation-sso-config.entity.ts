import type { Role } from '@wijkkracht/contracts';
import { Column, Entity } from 'typeorm';
import { TenantOwnedEntity } from '../database/tenant-owned.entity';
import type { SsoRoleRule } from './sso-role';

/** An organisation's OpenID Connect provider (one per organisation), set by its admins. */
@Entity('organisation_sso_configs')
export class OrganisationSsoConfig extends TenantOwnedEntity {
  @Column()
  enabled: boolean;

  @Column({ name: 'issuer_url' })
  issuerUrl: string;

  @Column({ name: 'client_id' })
  clientId: string;

  /** AES-256-GCM (secret-box.ts), bound to the organisation; never selected unless asked for, never returned. */
  @Column({ name: 'client_secret_encrypted', type: 'text', nullable: true, select: false })
  clientSecretEncrypted: string | null;

  @Column({ type: 'text', array: true })
  scopes: string[];

  @Column({ name: 'role_claim' })
  roleClaim: string;

  @Column({ name: 'role_mapping', type: 'jsonb' })
  roleMapping: SsoRoleRule[];

  @Column({ name: 'default_role', type: 'text', nullable: true })
  defaultRole: Role | null;
}
