import { type FieldReason, fieldReason } from '../ui/field-reason';

/** The API's rules that are particular to SSO, in the user's language; the others go through fieldReason. */
const SSO_RULES: [RegExp, string][] = [
  [/^must be an https:\/\/ URL/, 'ssoSettings.errors.issuerUrl'],
  [/^must be an OpenID Connect issuer/, 'ssoSettings.errors.issuerUnreachable'],
  [/^must include openid$/, 'ssoSettings.errors.openid'],
  [/^must be scope names/, 'ssoSettings.errors.scope'],
  [/^must be a claim name/, 'ssoSettings.errors.roleClaim'],
  [/^must be printable ASCII/, 'ssoSettings.errors.clientId'],
];

export function ssoFieldReason(reason: string): FieldReason {
  const rule = SSO_RULES.find(([pattern]) => pattern.test(reason));
  return rule ? { key: rule[1] } : fieldReason(reason);
}
