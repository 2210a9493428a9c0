import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from '@wijkkracht/contracts';

/** Who is calling: set by the AuthGuard from the bearer token or session cookie, and the tenant every query is scoped to. */
export interface Principal {
  userId: string;
  organisationId: string;
  /** The role the guard checks: the user's, or for a personal API token the (possibly lower) role of the token. */
  role: Role;
  tokenId: string;
  /** 'session' for a sign-in (bearer or cookie), 'api' for a personal API token. */
  tokenKind: 'session' | 'api';
  /** How the token came: an Authorization header, or the web app's HttpOnly session cookie (CSRF-checked). */
  via: 'bearer' | 'cookie';
}

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => ctx.switchToHttp().getRequest().principal,
);
