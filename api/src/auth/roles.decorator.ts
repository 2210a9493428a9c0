import { SetMetadata } from '@nestjs/common';
import type { Role } from '@wijkkracht/contracts';

export const ROLES_KEY = 'wijkkracht:roles';

/** The roles allowed on an endpoint; without it any signed-in role may call it. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
