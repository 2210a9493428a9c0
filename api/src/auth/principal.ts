import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from '@wijkkracht/contracts';

/** Who is calling: set by the AuthGuard from the bearer token, and the tenant every query is scoped to. */
export interface Principal {
  userId: string;
  organisationId: string;
  role: Role;
  tokenId: string;
}

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal => ctx.switchToHttp().getRequest().principal,
);
