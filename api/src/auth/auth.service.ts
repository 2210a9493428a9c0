import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentUser, LoginResponse } from '@wijkkracht/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { problem } from '../common/problem';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { verifyPassword } from './password-hasher';
import { SignInThrottle } from './sign-in-throttle';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
  ) {}

  async login(rawEmail: string, password: string, address: string): Promise<LoginResponse> {
    const email = rawEmail.trim().toLowerCase();
    await this.throttle.assertAllowed(email, address);
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
      await this.throttle.failed(email);
      await this.audit.record(this.dataSource.manager, {
        organisationId: user?.organisationId ?? null,
        userId: user?.id ?? null,
        action: 'auth.login.failed',
        after: { email },
      });
      throw new UnauthorizedException(problem(401, 'Het e-mailadres of het wachtwoord klopt niet.'));
    }
    await this.throttle.succeeded(email);
    const { token, expiresAt } = await this.tokens.issue(user.id);
    await this.audit.record(this.dataSource.manager, {
      organisationId: user.organisationId,
      userId: user.id,
      action: 'auth.login.succeeded',
    });
    return { accessToken: token, tokenType: 'Bearer', expiresAt: expiresAt.toISOString(), user: toCurrentUser(user, user.organisation!) };
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
