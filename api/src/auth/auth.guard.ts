import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@wijkkracht/contracts';
import type { Request } from 'express';
import { problem } from '../common/problem';
import { Principal } from './principal';
import { IS_PUBLIC } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';
import { TokenService } from './token.service';

/**
 * Global guard: every endpoint needs a valid bearer token unless marked @Public(), and the
 * caller's role must be among the endpoint's @Roles() when those are given.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const token = bearerToken(request.headers.authorization);
    if (!token) {
      throw new UnauthorizedException(problem(401, 'Meld u aan: dit verzoek vraagt om een geldig toegangstoken.'));
    }
    const found = await this.tokens.resolve(token);
    if (!found) {
      throw new UnauthorizedException(problem(401, 'Het toegangstoken is ongeldig, verlopen of ingetrokken. Meld u opnieuw aan.'));
    }
    request.principal = {
      userId: found.user.id,
      organisationId: found.user.organisationId,
      role: found.user.role,
      tokenId: found.tokenId,
    };

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(found.user.role)) {
      throw new ForbiddenException(problem(403, `Uw rol (${found.user.role}) mag dit niet.`));
    }
    return true;
  }
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}
