import { ROLES, type Role } from '@wijkkracht/contracts';

/** One rule of an organisation's role mapping: a value of the role claim and the Wijkkracht role it gives. */
export interface SsoRoleRule {
  claimValue: string;
  role: Role;
}

/**
 * The values of the role claim in the provider's claims: `claim` may be a dotted path into nested claims
 * (Keycloak's `realm_access.roles`); a single string counts as one value, a list as several.
 */
export function roleClaimValues(claims: Record<string, unknown>, claim: string): string[] {
  let value: unknown = claims;
  for (const part of claim.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, part)) return [];
    value = (value as Record<string, unknown>)[part];
  }
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/**
 * The role a signing-in user gets: of the rules whose claim value the user carries, the one with the most
 * rights (admin before programme manager … before viewer); none matching, the default role; no default
 * role either, null — the sign-in is refused.
 */
export function mapSsoRole(values: readonly string[], rules: readonly SsoRoleRule[], defaultRole: Role | null): Role | null {
  const carried = new Set(values);
  const matched = rules.filter((rule) => carried.has(rule.claimValue)).map((rule) => ROLES.indexOf(rule.role));
  return matched.length ? ROLES[Math.min(...matched)] : defaultRole;
}
