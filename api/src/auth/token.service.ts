import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { User } from '../users/user.entity';
import { AccessToken } from './access-token.entity';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class TokenService {
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

  /** The active user behind a token, or null when unknown, revoked, expired or the user is disabled. */
  async resolve(token: string): Promise<{ tokenId: string; user: User } | null> {
    const row = await this.tokens
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.user', 'u')
      .where('t.token_hash = :hash', { hash: hashToken(token) })
      .andWhere('t.revoked_at IS NULL')
      .andWhere('t.expires_at > now()')
      .andWhere('u.active = true')
      .getOne();
    return row?.user ? { tokenId: row.id, user: row.user } : null;
  }

  async revoke(tokenId: string): Promise<void> {
    await this.tokens.update({ id: tokenId, revokedAt: IsNull() }, { revokedAt: new Date() });
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
