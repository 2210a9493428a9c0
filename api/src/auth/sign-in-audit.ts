import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { User } from '../users/user.entity';
import type { SignInRefusal } from './sign-in-throttle';

export type SignInFailure = 'wrong_password' | 'inactive' | 'unknown_account';

/**
 * The audit trail of signing in, in one place for every way in. An attempt on an account that exists
 * is recorded in that account's organisation (its admins see it); one on an address that exists
 * nowhere belongs to no organisation and is kept without one (no tenant sees it). Only the e-mail
 * address, the reason and the client's address are kept — never a password.
 */
@Injectable()
export class SignInAudit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** `how` says how the user signed in, e.g. `{ method: 'password', session: 'cookie' }` or `{ method: 'oidc' }`. */
  async succeeded(user: Pick<User, 'id' | 'organisationId' | 'email'>, address: string, how: Record<string, string> = { method: 'password' }): Promise<void> {
    await this.audit.record(this.dataSource.manager, {
      organisationId: user.organisationId,
      userId: user.id,
      actorEmail: user.email,
      action: 'auth.login.succeeded',
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, ...how, address },
    });
  }

  /** A wrong password, a blocked account or an unknown address; `lockedForSeconds` > 0 when this failure locked the account. */
  async failed(
    email: string,
    user: Pick<User, 'id' | 'organisationId'> | null,
    reason: SignInFailure,
    address: string,
    lockedForSeconds = 0,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const about = user
        ? { organisationId: user.organisationId, userId: user.id, entityType: 'user', entityId: user.id }
        : { organisationId: null, userId: null };
      await this.audit.record(manager, { ...about, actorEmail: email, action: 'auth.login.failed', after: { email, reason, address } });
      if (user && lockedForSeconds > 0) {
        await this.audit.record(manager, {
          ...about,
          actorEmail: email,
          action: 'auth.account.locked',
          after: { email, lockedForSeconds, address },
        });
      }
    });
  }

  /** A sign-in refused before the password was checked: the account is locked, or the address tried too often. */
  async refused(email: string, refusal: SignInRefusal, address: string): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { email }, select: { id: true, organisationId: true } });
    await this.audit.record(this.dataSource.manager, {
      ...(user
        ? { organisationId: user.organisationId, userId: user.id, entityType: 'user', entityId: user.id }
        : { organisationId: null, userId: null }),
      actorEmail: email,
      action: 'auth.login.refused',
      after: { email, reason: refusal.reason, retryAfterSeconds: refusal.retryAfterSeconds, address },
    });
  }
}
