import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentUser, LoginResponse, WebSessionResponse } from '@wijkkracht/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { problem } from '../common/problem';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { verifyPassword } from './password-hasher';
import { SignInAudit } from './sign-in-audit';
import { SignInThrottle } from './sign-in-throttle';
import { TokenService } from './token.service';
import { WebSessionService } from './web-session.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly throttle: SignInThrottle,
    private readonly signInAudit: SignInAudit,
    private readonly webSessions: WebSessionService,
  ) {}

  /** API clients: a bearer token in the body (issue 2 contract). */
  async login(rawEmail: string, password: string, address: string): Promise<LoginResponse> {
    const user = await this.authenticate(rawEmail, password, address);
    const { token, expiresAt } = await this.tokens.issue(user.id);
    await this.recordSignIn(user, 'bearer', address);
    return { accessToken: token, tokenType: 'Bearer', expiresAt: expiresAt.toISOString(), user: toCurrentUser(user, user.organisation!) };
  }

  /** The web app: the session goes into an HttpOnly cookie, never into the body. */
  async startWebSession(rawEmail: string, password: string, address: string, response: Response): Promise<WebSessionResponse> {
    const user = await this.authenticate(rawEmail, password, address);
    const { expiresAt } = await this.webSessions.start(response, user);
    await this.recordSignIn(user, 'cookie', address);
    return { expiresAt: expiresAt.toISOString(), user: toCurrentUser(user, user.organisation!) };
  }

  private async recordSignIn(user: User, session: 'bearer' | 'cookie', address: string): Promise<void> {
    await this.signInAudit.succeeded(user, address, { method: 'password', session });
  }

  /** The active user with this e-mail and password, or 401 (429 while throttled); failures are audited. */
  private async authenticate(rawEmail: string, password: string, address: string): Promise<User> {
    const email = rawEmail.trim().toLowerCase();
    const refusal = await this.throttle.check(email, address);
    if (refusal) {
      await this.signInAudit.refused(email, refusal, address);
      this.throttle.refuse(refusal);
    }
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .innerJoinAndSelect('u.organisation', 'o')
      .where('u.email = :email', { email })
      .getOne();
    // Always verify, also for an unknown address, so timing does not tell which addresses exist.
    const valid = await verifyPassword(user?.passwordHash, password);
    if (!user || !valid || !user.active) {
      const lockedForSeconds = await this.throttle.failed(email);
      const reason = !user ? 'unknown_account' : !valid ? 'wrong_password' : 'inactive';
      await this.signInAudit.failed(email, user, reason, address, lockedForSeconds);
      throw new UnauthorizedException(problem(401, 'Het e-mailadres of het wachtwoord klopt niet.'));
    }
    await this.throttle.succeeded(email);
    return user;
  }

  async me(userId: string): Promise<CurrentUser> {
    const user = await this.dataSource
      .getRepository(User)
      .findOneOrFail({ where: { id: userId }, relations: { organisation: true } });
    return toCurrentUser(user, user.organisation!);
  }

  async logout(tokenId: string): Promise<void> {
    await this.tokens.revoke(tokenId);
  }
}

function toCurrentUser(user: User, organisation: Organisation): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organisation: { id: organisation.id, name: organisation.name, cbsCode: organisation.cbsCode },
  };
}
