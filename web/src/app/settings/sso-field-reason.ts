import type { ReasonRule } from '@wijkkracht/contracts';

/** The SSO settings page words these rules of the API in its own terms; the others read as on every page. */
export const SSO_REASON_KEYS: Partial<Record<ReasonRule, string>> = {
  httpsUrl: 'ssoSettings.errors.issuerUrl',
  oidcIssuer: 'ssoSettings.errors.issuerUnreachable',
  openid: 'ssoSettings.errors.openid',
  scopeNames: 'ssoSettings.errors.scope',
  claimName: 'ssoSettings.errors.roleClaim',
  printableAscii: 'ssoSettings.errors.clientId',
};
