import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@wijkkracht/contracts';
import type { Request, Response } from 'express';
import { problem } from '../common/problem';
import { Principal } from './principal';
import { IS_PUBLIC } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';
import { TokenService } from './token.service';
import { CSRF_HEADER, SESSION_COOKIE, WebSessionService, csrfTokenMatches, readCookie } from './web-session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard: every endpoint needs a valid token unless marked @Public() — a bearer token in the
 * Authorization header (API clients), or the web app's HttpOnly session cookie, whose unsafe requests
 * must also carry the session's CSRF token in X-XSRF-TOKEN. The caller's role (for a personal API
 * token: the token's role) must be among the endpoint's @Roles() when those are given.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly webSessions: WebSessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<Request & { principal?: Principal }>();
    // A bearer header wins: a cross-site page cannot set it, so it needs no CSRF token.
    const bearer = bearerToken(request.headers.authorization);
    const cookie = bearer ? null : readCookie(request, SESSION_COOKIE);
    const token = bearer ?? cookie;
    if (!token) {
      throw new UnauthorizedException(problem(401, 'Meld u aan: dit verzoek vraagt om een geldig toegangstoken.'));
    }
    const found = await this.tokens.resolve(token);
    // The cookie only ever holds a session; an API token planted in it is not accepted.
    if (!found || (cookie && found.kind !== 'session')) {
      if (cookie) this.webSessions.clear(http.getResponse<Response>());
      throw new UnauthorizedException(problem(401, 'Het toegangstoken is ongeldig, verlopen of ingetrokken. Meld u opnieuw aan.'));
    }
    if (cookie && !SAFE_METHODS.has(request.method) && !csrfTokenMatches(cookie, request.headers[CSRF_HEADER])) {
      throw new ForbiddenException(
        problem(403, 'Dit verzoek mist de CSRF-controle van uw sessie. Laad de pagina opnieuw en probeer het nog eens.', [
          { name: 'X-XSRF-TOKEN', reason: 'must carry the CSRF token of this session (the XSRF-TOKEN cookie)' },
        ]),
      );
    }
    request.principal = {
      userId: found.user.id,
      organisationId: found.user.organisationId,
      role: found.role,
      tokenId: found.tokenId,
      tokenKind: found.kind,
      via: cookie ? 'cookie' : 'bearer',
    };

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(found.role)) {
      throw new ForbiddenException(
        problem(403, found.kind === 'api' ? `Dit API-token (rol ${found.role}) mag dit niet.` : `Uw rol (${found.role}) mag dit niet.`),
      );
    }
    return true;
  }
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}
