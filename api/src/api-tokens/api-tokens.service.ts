import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { API_TOKEN_DEFAULT_DAYS, grantableTokenRoles, type ApiTokenView, type CreatedApiToken, type Role } from '@wijkkracht/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessToken } from '../auth/access-token.entity';
import type { Principal } from '../auth/principal';
import { TokenService } from '../auth/token.service';
import { problem } from '../common/problem';
import { ApiTokenThrottle } from './api-token-throttle';
import type { CreateApiTokenDto } from './dto/api-token.dto';

const DAY_MS = 24 * 3600_000;

/**
 * Personal API tokens: each user's own, with a role of at most their own and an expiry of at most a
 * year; stored as SHA-256 only, revocable at once. Managed from a signed-in session, never with an API token.
 */
@Injectable()
export class ApiTokensService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly tokens: TokenService,
    private readonly throttle: ApiTokenThrottle,
  ) {}

  async create(principal: Principal, body: CreateApiTokenDto): Promise<CreatedApiToken> {
    assertSignedIn(principal);
    const role: Role = body.role ?? principal.role;
    const grantable = grantableTokenRoles(principal.role);
    if (!grantable.includes(role)) {
      throw new BadRequestException(
        problem(400, 'Een API-token mag niet meer dan uw eigen rol. Kies een andere rol.', [
          { name: 'role', reason: `must be one of ${grantable.join(', ')} (at most your own role)` },
        ]),
      );
    }
    await this.throttle.assertAllowed(principal.userId);
    const expiresAt = new Date(Date.now() + (body.expiresInDays ?? API_TOKEN_DEFAULT_DAYS) * DAY_MS);
    return this.dataSource.transaction(async (manager) => {
      const { token, row } = await this.tokens.issueApiToken(principal.userId, { name: body.name, role, expiresAt }, manager);
      await this.audit.record(manager, {
        organisationId: principal.organisationId,
        userId: principal.userId,
        action: 'api-token.created',
        entityType: 'api-token',
        entityId: row.id,
        after: { name: row.name, role, expiresAt: expiresAt.toISOString() },
      });
      return { ...view(row), token };
    });
  }

  /** The caller's own API tokens, newest first, without their secrets (revoked and expired ones until they are purged). */
  async list(principal: Principal): Promise<{ items: ApiTokenView[] }> {
    assertSignedIn(principal);
    const rows = await this.dataSource
      .getRepository(AccessToken)
      .find({ where: { userId: principal.userId, kind: 'api' }, order: { createdAt: 'DESC' } });
    return { items: rows.map(view) };
  }

  /** Revokes one of the caller's own tokens; anyone else's (also in another organisation) is 404. */
  async revoke(principal: Principal, id: string): Promise<void> {
    assertSignedIn(principal);
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(AccessToken, {
        where: { id, userId: principal.userId, kind: 'api' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw new NotFoundException(problem(404, `U hebt geen API-token met id ${id}.`));
      if (row.revokedAt) return;
      await manager.update(AccessToken, { id }, { revokedAt: new Date() });
      await this.audit.record(manager, {
        organisationId: principal.organisationId,
        userId: principal.userId,
        action: 'api-token.revoked',
        entityType: 'api-token',
        entityId: id,
        before: { name: row.name, role: row.role, expiresAt: row.expiresAt.toISOString() },
      });
    });
    // Refused at once on this instance; other instances forget their remembered answer within 2 s.
    this.tokens.forgetToken(id);
  }
}

/** An API token cannot make, list or revoke API tokens: a leaked token must not be able to outlive itself. */
function assertSignedIn(principal: Principal): void {
  if (principal.tokenKind === 'api') {
    throw new ForbiddenException(problem(403, 'API-tokens beheert u na aanmelden, niet met een API-token.'));
  }
}

function view(row: AccessToken): ApiTokenView {
  return {
    id: row.id,
    name: row.name ?? '',
    role: row.role!,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
