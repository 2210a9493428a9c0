import type { Role } from './roles';

/** A rule of an organisation's SSO role mapping: users carrying this value of the role claim get this role. */
export interface SsoRoleRule {
  claimValue: string;
  role: Role;
}

/** `GET /organisation/sso` (admins): the OpenID Connect configuration, never the client secret. */
export interface SsoConfig {
  configured: boolean;
  version: number;
  enabled: boolean;
  issuerUrl: string | null;
  clientId: string | null;
  clientSecretSet: boolean;
  scopes: string[];
  roleClaim: string;
  roleMapping: SsoRoleRule[];
  defaultRole: Role | null;
  /** To register at the provider. */
  redirectUri: string;
  signInUrl: string;
  updatedAt: string | null;
}

/** `PUT /organisation/sso`: the whole configuration; version 0 creates it; a left-out clientSecret is kept. */
export interface UpdateSsoConfigRequest {
  version: number;
  enabled: boolean;
  issuerUrl: string;
  clientId: string;
  clientSecret?: string;
  scopes?: string[];
  roleClaim?: string;
  roleMapping?: SsoRoleRule[];
  defaultRole?: Role | null;
}

/** `GET /auth/oidc/organisations` (public): organisations whose members can sign in with SSO. */
export interface SsoOrganisation {
  id: string;
  name: string;
  cbsCode: string;
}

/** Why a single sign-on ended back on the sign-in page (`/inloggen?sso-fout=<reason>`). */
export const SSO_FAILURES = [
  'unavailable', // unknown organisation, or its SSO is not enabled
  'too-many', // too many starts from this address
  'expired', // unknown, used or expired state, or the callback came to another browser
  'provider-refused', // the provider answered with an error (e.g. the user cancelled)
  'failed', // the provider could not be reached, or the code exchange or the ID token's checks failed
  'unverified-email', // no linked subject and no verified e-mail address
  'other-organisation', // the account belongs to another organisation
  'account-linked', // the account with this e-mail address is linked to another account at this provider
  'no-role', // no rule of the role mapping matches and there is no default role
  'blocked', // the account is blocked in Wijkkracht
] as const;
export type SsoFailure = (typeof SSO_FAILURES)[number];

export function isSsoFailure(value: unknown): value is SsoFailure {
  return typeof value === 'string' && (SSO_FAILURES as readonly string[]).includes(value);
}
