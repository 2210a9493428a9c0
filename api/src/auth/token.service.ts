import { Inject, Injectable } from '@nestjs/common';
import { grantableTokenRoles, type Role } from '@wijkkracht/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { User } from '../users/user.entity';
import { AccessToken } from './access-token.entity';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const RESOLVE_CACHE_MS = 2000;
const RESOLVE_CACHE_SIZE = 10000;

/** What a valid token stands for: its user, its kind, and the role it acts with. */
export interface ResolvedToken {
  tokenId: string;
  user: User;
  kind: 'session' | 'api';
  /** The user's role for a session; the token's own role for a personal API token. */
  role: Role;
}

@Injectable()
export class TokenService {
  private readonly recent = new Map<string, { value: ResolvedToken; until: number; expiresAt: number }>();

  constructor(
    @InjectRepository(AccessToken) private readonly tokens: Repository<AccessToken>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new opaque session token: 256 random bits; only its hash is stored. */
  async issue(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = `wk_${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(Date.now() + this.config.accessTokenTtlHours * 3600_000);
    await this.tokens.insert({ userId, tokenHash: hashToken(token), kind: 'session', expiresAt });
    return { token, expiresAt };
  }

  /** A new personal API token (prefix wkapi_, 256 random bits) with its own name, role and expiry; only its hash is stored. */
  async issueApiToken(
    userId: string,
    values: { name: string; role: Role; expiresAt: Date },
    manager: EntityManager = this.tokens.manager,
  ): Promise<{ token: string; row: AccessToken }> {
    const token = `wkapi_${randomBytes(32).toString('base64url')}`;
    const row = await manager.save(
      manager.create(AccessToken, { userId, tokenHash: hashToken(token), kind: 'api', revokedAt: null, ...values }),
    );
    return { token, row };
  }

  /**
   * The active user behind a token, or null when unknown, revoked, expired or the user is disabled.
   * Answers are remembered for RESOLVE_CACHE_MS, so a burst of requests costs one lookup; a revocation
   * or role change on another API instance therefore takes effect there within that time.
   */
  async resolve(token: string): Promise<ResolvedToken | null> {
    const hash = hashToken(token);
    const now = Date.now();
    const cached = this.recent.get(hash);
    if (cached && cached.until > now && cached.expiresAt > now) return cached.value;
    const row = await this.tokens
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.user', 'u')
      .where('t.token_hash = :hash', { hash })
      .andWhere('t.revoked_at IS NULL')
      .andWhere('t.expires_at > now()')
      .andWhere('u.active = true')
      .getOne();
    const value = row?.user ? toResolved(row, row.user) : null;
    if (value) {
      if (this.recent.size >= RESOLVE_CACHE_SIZE) this.recent.delete(this.recent.keys().next().value!);
      this.recent.set(hash, { value, until: now + RESOLVE_CACHE_MS, expiresAt: row!.expiresAt.getTime() });
    }
    return value;
  }

  async revoke(tokenId: string): Promise<void> {
    await this.tokens.update({ id: tokenId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.forgetToken(tokenId);
  }

  /** Forget a remembered answer for a token revoked elsewhere in this process (refused at once here). */
  forgetToken(tokenId: string): void {
    for (const [hash, entry] of this.recent) if (entry.value.tokenId === tokenId) this.recent.delete(hash);
  }

  /** Forget remembered answers for a user (role or access changed on this instance). */
  forgetUser(userId: string): void {
    for (const [hash, entry] of this.recent) if (entry.value.user.id === userId) this.recent.delete(hash);
  }

  async purgeExpired(): Promise<number> {
    const result = await this.tokens
      .createQueryBuilder()
      .delete()
      .where('expires_at < now() - interval \'7 days\' OR revoked_at < now() - interval \'7 days\'')
      .execute();
    return result.affected ?? 0;
  }
}

/**
 * A personal API token acts with its own role, but never with more than its owner may do today: when
 * the owner's role changed so that the token's role is no longer theirs to give, the token stops working.
 */
function toResolved(row: AccessToken, user: User): ResolvedToken | null {
  if (row.kind !== 'api') return { tokenId: row.id, user, kind: 'session', role: user.role };
  if (!row.role || !grantableTokenRoles(user.role).includes(row.role)) return null;
  return { tokenId: row.id, user, kind: 'api', role: row.role };
}
