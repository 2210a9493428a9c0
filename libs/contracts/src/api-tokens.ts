import type { Role } from './roles';

/**
 * The roles a user may give a personal API token: their own, or one that may do only part of what
 * theirs may (checked against the permission matrix in api/src/security/permission-matrix.int-spec.ts).
 * Staff and viewers are not ordered: a viewer may read the staff allocation, staff may not.
 */
const GRANTABLE: Record<Role, readonly Role[]> = {
  admin: ['admin', 'programme_manager', 'team_lead', 'staff', 'viewer'],
  programme_manager: ['programme_manager', 'team_lead', 'staff', 'viewer'],
  team_lead: ['team_lead', 'staff', 'viewer'],
  staff: ['staff'],
  viewer: ['viewer'],
};

export function grantableTokenRoles(role: Role): readonly Role[] {
  return GRANTABLE[role];
}

export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_MAX_DAYS = 365;

export interface CreateApiTokenRequest {
  name: string;
  /** At most what the user's own role may do (grantableTokenRoles); default: the user's role. */
  role?: Role;
  /** Whole days, 1–365; default 90. */
  expiresInDays?: number;
}

export interface ApiTokenView {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface CreatedApiToken extends ApiTokenView {
  /** The secret: shown once, only its SHA-256 is stored. */
  token: string;
}
