import { BadRequestException, ConflictException, Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { VersionConflict } from '../common/crud/version-conflict';
import { problem } from '../common/problem';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Organisation } from '../organisations/organisation.entity';
import { SsoConfigDto, UpdateSsoConfigDto } from './dto/sso-config.dto';
import { discover } from './oidc-client';
import { OrganisationSsoConfig } from './organisation-sso-config.entity';
import { openSecret, sealSecret } from './secret-box';
import { oidcRedirectUri, oidcStartUrl } from './sso-urls';

export const DEFAULT_SCOPES = ['openid', 'email', 'profile'];
export const DEFAULT_ROLE_CLAIM = 'groups';

/** An organisation's single sign-on settings, managed by its admins; the client secret goes in encrypted and never comes out. */
@Injectable()
export class SsoConfigService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(principal: Principal, request: Request): Promise<SsoConfigDto> {
    const [organisation, row] = await Promise.all([
      this.dataSource.getRepository(Organisation).findOneByOrFail({ id: principal.organisationId }),
      this.findForSignIn(principal.organisationId),
    ]);
    return this.toDto(row, organisation, request);
  }

  async update(principal: Principal, body: UpdateSsoConfigDto, request: Request): Promise<SsoConfigDto> {
    const { version, clientSecret, ...fields } = body;
    const values = {
      enabled: fields.enabled,
      issuerUrl: fields.issuerUrl.replace(/\/+$/, ''),
      clientId: fields.clientId,
      scopes: fields.scopes ?? DEFAULT_SCOPES,
      roleClaim: fields.roleClaim ?? DEFAULT_ROLE_CLAIM,
      roleMapping: (fields.roleMapping ?? []).map(({ claimValue, role }) => ({ claimValue, role })),
      defaultRole: fields.defaultRole ?? null,
    };
    const key = this.config.ssoSecretKey;
    if (clientSecret !== undefined && !key) {
      throw new ServiceUnavailableException(
        problem(503, 'De installatie kan geen client secret bewaren: de beheerder van de installatie moet SSO_SECRET_KEY instellen.'),
      );
    }
    const sealed = clientSecret !== undefined ? sealSecret(key!, clientSecret, principal.organisationId) : undefined;
    if (values.enabled) await this.assertProviderAnswers(principal.organisationId, values, clientSecret);

    await this.dataSource.transaction(async (manager) => {
      // The organisation row is the lock: two first saves at once cannot both create a configuration.
      await manager.findOneOrFail(Organisation, { where: { id: principal.organisationId }, lock: { mode: 'pessimistic_write' } });
      const current = await manager
        .createQueryBuilder(OrganisationSsoConfig, 'c')
        .addSelect('c.clientSecretEncrypted')
        .where('c.organisation_id = :id', { id: principal.organisationId })
        .getOne();
      if (!current && version !== 0) {
        throw new ConflictException(
          problem(409, `Er is nog geen SSO-instelling (versie 0, u stuurde ${version}). Laad opnieuw en probeer het nog eens.`, [
            { name: 'version', reason: 'must equal the current version 0' },
          ]),
        );
      }
      if (current) VersionConflict.assert('SSO-instelling', current.version, version);
      const before = current ? this.auditView(current) : null;
      const row = manager.merge(OrganisationSsoConfig, current ?? manager.create(OrganisationSsoConfig, { organisationId: principal.organisationId }), {
        ...values,
        ...(sealed !== undefined && { clientSecretEncrypted: sealed }),
      });
      const stored = await manager.save(OrganisationSsoConfig, row);
      await this.audit.record(manager, {
        organisationId: principal.organisationId,
        userId: principal.userId,
        action: current ? 'sso-config.updated' : 'sso-config.created',
        entityType: 'sso-config',
        entityId: stored.id,
        before,
        after: { ...this.auditView(stored), clientSecretChanged: sealed !== undefined },
      });
    });
    const organisation = await this.dataSource.getRepository(Organisation).findOneByOrFail({ id: principal.organisationId });
    return this.toDto(await this.findForSignIn(principal.organisationId), organisation, request);
  }

  /** The row with its encrypted secret, for the sign-in flow. */
  findForSignIn(organisationId: string): Promise<OrganisationSsoConfig | null> {
    return this.dataSource
      .getRepository(OrganisationSsoConfig)
      .createQueryBuilder('c')
      .addSelect('c.clientSecretEncrypted')
      .where('c.organisation_id = :organisationId', { organisationId })
      .getOne();
  }

  /** The decrypted client secret, or null for a public client. */
  clientSecret(row: OrganisationSsoConfig): string | null {
    if (!row.clientSecretEncrypted) return null;
    if (!this.config.ssoSecretKey) throw new Error('SSO_SECRET_KEY is not set: the stored client secret cannot be read');
    return openSecret(this.config.ssoSecretKey, row.clientSecretEncrypted, row.organisationId);
  }

  /** Before enabling: the issuer must answer as an OpenID Connect provider, so a typo shows now, not at a member's sign-in. */
  private async assertProviderAnswers(organisationId: string, values: { issuerUrl: string; clientId: string }, newSecret: string | undefined): Promise<void> {
    try {
      let secret: string | null = newSecret ?? null;
      if (newSecret === undefined) {
        const existing = await this.findForSignIn(organisationId);
        secret = existing ? this.clientSecret(existing) : null;
      }
      await discover({ issuerUrl: values.issuerUrl, clientId: values.clientId, clientSecret: secret });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new BadRequestException(
        problem(400, `De identity provider op ${values.issuerUrl} antwoordt niet als OpenID Connect-provider (${reason.slice(0, 200)}).`, [
          { name: 'issuerUrl', reason: 'must be an OpenID Connect issuer that answers at /.well-known/openid-configuration' },
        ]),
      );
    }
  }

  private auditView(row: OrganisationSsoConfig): Record<string, unknown> {
    const { clientSecretEncrypted: _, ...rest } = row;
    return { ...rest, clientSecretSet: !!row.clientSecretEncrypted };
  }

  private toDto(row: OrganisationSsoConfig | null, organisation: Organisation, request: Request): SsoConfigDto {
    return {
      configured: !!row,
      version: row?.version ?? 0,
      enabled: row?.enabled ?? false,
      issuerUrl: row?.issuerUrl ?? null,
      clientId: row?.clientId ?? null,
      clientSecretSet: !!row?.clientSecretEncrypted,
      scopes: row?.scopes ?? DEFAULT_SCOPES,
      roleClaim: row?.roleClaim ?? DEFAULT_ROLE_CLAIM,
      roleMapping: row?.roleMapping ?? [],
      defaultRole: row?.defaultRole ?? null,
      redirectUri: oidcRedirectUri(this.config, request),
      signInUrl: oidcStartUrl(this.config, request, organisation.cbsCode),
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }
}
