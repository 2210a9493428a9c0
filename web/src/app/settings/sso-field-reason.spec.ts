import { fieldReason } from '../ui/field-reason';
import { SSO_REASON_KEYS } from './sso-field-reason';

const ssoFieldReason = (reason: string) => fieldReason(reason, SSO_REASON_KEYS);

describe('SSO settings: the API’s rules in the user’s language', () => {
  it.each([
    ['must be an https:// URL (http:// only for localhost)', 'ssoSettings.errors.issuerUrl'],
    ['must be an OpenID Connect issuer that answers at /.well-known/openid-configuration', 'ssoSettings.errors.issuerUnreachable'],
    ['must include openid', 'ssoSettings.errors.openid'],
    ['must be scope names without spaces or quotes', 'ssoSettings.errors.scope'],
    ['must be a claim name or a dotted path of at most 5 names', 'ssoSettings.errors.roleClaim'],
    ['must be printable ASCII without spaces', 'ssoSettings.errors.clientId'],
  ])('%s → %s', (reason, key) => {
    expect(ssoFieldReason(reason)).toEqual({ key, params: { value: '', other: '' } });
  });

  it('leaves the general rules to the shared mapping', () => {
    expect(ssoFieldReason('must be 1–300 characters')).toEqual({ key: 'fieldErrors.length', params: { value: '1', other: '300' } });
  });
});
