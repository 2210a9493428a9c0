import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/create-test-app';
import { HttpBrowser } from '../../test/oidc/http-browser';
import { startTestProvider, TestProvider } from '../../test/oidc/start-test-provider';
import { signIn } from '../../test/sign-in';
import { AuditEvent } from '../audit/audit-event.entity';
import { User } from '../users/user.entity';
import { OrganisationSsoConfig } from './organisation-sso-config.entity';
import { SsoIdentity } from './sso-identity.entity';

const CLIENT_ID = 'wijkkracht-demodam';
const CLIENT_SECRET = 'demodam-client-secret-0123456789';
const ACCOUNTS = {
  anna: { email: 'anna.sso@demodam.example', email_verified: true, name: 'Anna de Vries', groups: ['medewerkers', 'wijkkracht-managers'] },
  teun: { email: 'teamlead@demodam.example', email_verified: true, name: 'Teun', groups: ['wijkkracht-teamleads'] },
  bram: { email: 'bram.sso@demodam.example', email_verified: true, name: 'Bram', groups: ['kantine'] },
  ongeverifieerd: { email: 'nog.niet@demodam.example', email_verified: false, name: 'Niet Geverifieerd', groups: ['wijkkracht-managers'] },
  buurman: { email: 'manager@voorbeeldstad.example', email_verified: true, name: 'Buurman', groups: ['wijkkracht-managers'] },
};

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider in its own process): the admin's
 * configuration, and the whole browser flow start → provider login and consent → callback → cookie session.
 */
describe('single sign-on with OpenID Connect', () => {
  let app: NestExpressApplication;
  let provider: TestProvider;
  let origin: string;
  let admin: { Authorization: string };
  let db: DataSource;
  const http = () => request(app.getHttpServer());
  const config = (overrides: Record<string, unknown> = {}) => ({
    enabled: true,
    issuerUrl: provider.issuer,
    clientId: CLIENT_ID,
    roleClaim: 'groups',
    scopes: ['openid', 'email', 'profile', 'groups'],
    roleMapping: [
      { claimValue: 'wijkkracht-managers', role: 'programme_manager' },
      { claimValue: 'wijkkracht-teamleads', role: 'team_lead' },
    ],
    defaultRole: null,
    ...overrides,
  });
  const save = async (body: Record<string, unknown>) => {
    const current = await http().get('/api/v1/organisation/sso').set(admin).expect(200);
    return http().put('/api/v1/organisation/sso').set(admin).send({ version: current.body.version, ...body });
  };
  const startUrl = (path = '') => `${origin}/api/v1/auth/oidc/GM9901/start${path}`;
  const lastFailure = async () =>
    (await db.getRepository(AuditEvent).find({ where: { action: 'auth.login.failed' }, order: { at: 'DESC' }, take: 1 }))[0];

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    origin = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('localhost', '127.0.0.1');
    provider = await startTestProvider(
      [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [`${origin}/api/v1/auth/oidc/callback`] }],
      ACCOUNTS,
    );
    db = app.get(DataSource);
    admin = await signIn(app, 'beheer@demodam.example');
  });
  afterAll(async () => {
    await provider?.stop();
    await app?.close();
  });

  describe('the configuration (GET/PUT /organisation/sso, admins only)', () => {
    it('is not configured at first, and tells the admin which redirect URI to register', async () => {
      const res = await http().get('/api/v1/organisation/sso').set(admin).set('Host', 'wijkkracht.demodam.example').expect(200);
      expect(res.body).toMatchObject({ configured: false, version: 0, enabled: false, clientSecretSet: false, scopes: ['openid', 'email', 'profile'] });
      expect(res.body.redirectUri).toBe('http://wijkkracht.demodam.example/api/v1/auth/oidc/callback');
      expect(res.body.signInUrl).toBe('http://wijkkracht.demodam.example/api/v1/auth/oidc/GM9901/start');
    });

    it('refuses other roles', async () => {
      const manager = await signIn(app, 'manager@demodam.example');
      await http().get('/api/v1/organisation/sso').set(manager).expect(403);
      await http().put('/api/v1/organisation/sso').set(manager).send({ version: 0, ...config() }).expect(403);
    });

    it('refuses to enable a provider that does not answer, naming issuerUrl, and stores nothing', async () => {
      const res = await save(config({ issuerUrl: 'http://127.0.0.1:9/nothing-here', clientSecret: CLIENT_SECRET }));
      expect(res.status).toBe(400);
      expect(res.body.invalidParams).toEqual([{ name: 'issuerUrl', reason: 'must be an OpenID Connect issuer that answers at /.well-known/openid-configuration' }]);
      expect(await db.getRepository(OrganisationSsoConfig).count()).toBe(0);
    });

    it('names each broken rule: scopes without openid, an unknown role, plain http to another host', async () => {
      const res = await save(
        config({ scopes: ['email'], roleMapping: [{ claimValue: 'x', role: 'root' }], issuerUrl: 'http://login.example', defaultRole: 'boss' }),
      );
      expect(res.status).toBe(400);
      expect(res.body.invalidParams).toEqual(
        expect.arrayContaining([
          { name: 'scopes', reason: 'must include openid' },
          { name: 'roleMapping.0.role', reason: 'must be one of admin, programme_manager, team_lead, staff, viewer' },
          { name: 'issuerUrl', reason: 'must be an https:// URL (http:// only for localhost)' },
          { name: 'defaultRole', reason: 'must be one of admin, programme_manager, team_lead, staff, viewer, or null' },
        ]),
      );
    });

    it('saves it with the secret encrypted, never returns the secret, and audits without it', async () => {
      const res = await save(config({ clientSecret: CLIENT_SECRET }));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ configured: true, version: 1, enabled: true, clientSecretSet: true, issuerUrl: provider.issuer, clientId: CLIENT_ID });
      expect(JSON.stringify(res.body)).not.toContain(CLIENT_SECRET);
      expect(JSON.stringify((await http().get('/api/v1/organisation/sso').set(admin)).body)).not.toContain(CLIENT_SECRET);
      const [stored] = await db.query(`SELECT client_secret_encrypted FROM organisation_sso_configs`);
      expect(stored.client_secret_encrypted).toMatch(/^v1\./);
      expect(stored.client_secret_encrypted).not.toContain(CLIENT_SECRET);
      const events = await db.getRepository(AuditEvent).findBy({ action: 'sso-config.created' });
      expect(events).toHaveLength(1);
      expect(events[0].after).toMatchObject({ clientSecretChanged: true, clientSecretSet: true });
      expect(JSON.stringify(events)).not.toContain(CLIENT_SECRET);
      expect(JSON.stringify(events)).not.toContain(stored.client_secret_encrypted);
    });

    it('refuses a stale version with 409 and changes nothing', async () => {
      const res = await http().put('/api/v1/organisation/sso').set(admin).send({ version: 0, ...config({ clientId: 'other' }) }).expect(409);
      expect(res.body.invalidParams).toEqual([{ name: 'version', reason: 'must equal the current version 1' }]);
      expect((await http().get('/api/v1/organisation/sso').set(admin)).body.clientId).toBe(CLIENT_ID);
    });

    it('keeps the secret when an update leaves it out', async () => {
      const res = await save(config());
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ version: 2, clientSecretSet: true });
    });

    it('is the organisation’s own: another organisation’s admin sees theirs (not configured)', async () => {
      const theirs = await signIn(app, 'beheer@voorbeeldstad.example');
      expect((await http().get('/api/v1/organisation/sso').set(theirs).expect(200)).body).toMatchObject({ configured: false, issuerUrl: null });
    });

    it('lists Demodam, and only names and codes, among the organisations with SSO (public)', async () => {
      const res = await http().get('/api/v1/auth/oidc/organisations').expect(200);
      expect(res.body).toEqual([{ id: expect.any(String), name: 'Gemeente Demodam', cbsCode: 'GM9901' }]);
    });
  });

  describe('signing in', () => {
    it('sends the browser to the provider with PKCE S256, state and nonce, the secrets kept server-side', async () => {
      const browser = new HttpBrowser(origin);
      const res = await browser.request(startUrl());
      expect(res.status).toBe(302);
      const location = new URL(res.headers.get('location')!);
      expect(location.origin).toBe(provider.issuer);
      expect(Object.fromEntries(location.searchParams)).toMatchObject({
        client_id: CLIENT_ID,
        response_type: 'code',
        code_challenge_method: 'S256',
        redirect_uri: `${origin}/api/v1/auth/oidc/callback`,
        scope: 'openid email profile groups',
      });
      expect(location.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(location.searchParams.get('state')!.length).toBeGreaterThanOrEqual(43);
      expect(location.searchParams.get('nonce')!.length).toBeGreaterThanOrEqual(43);
      const flowCookie = browser.setCookies.find((c) => c.startsWith('wk_oidc_flow='))!;
      expect(flowCookie).toMatch(/HttpOnly/);
      expect(flowCookie).toMatch(/SameSite=Lax/);
      expect(flowCookie).not.toContain(location.searchParams.get('state')!);
    });

    it('provisions a new user with the mapped role, and the cookie session works on /auth/me', async () => {
      const browser = new HttpBrowser(origin);
      expect(await browser.signIn(startUrl(), 'anna')).toBe('/dashboard');
      const session = browser.setCookies.find((c) => c.startsWith('wk_session='))!;
      expect(session).toMatch(/HttpOnly/);
      expect(session).toMatch(/SameSite=Strict/);
      const me = await http().get('/api/v1/auth/me').set('Cookie', browser.cookieHeader(origin)).expect(200);
      expect(me.body).toMatchObject({ email: 'anna.sso@demodam.example', name: 'Anna de Vries', role: 'programme_manager', organisation: { cbsCode: 'GM9901' } });
      const user = await db.getRepository(User).findOneByOrFail({ email: 'anna.sso@demodam.example' });
      expect(await db.getRepository(SsoIdentity).findBy({ userId: user.id })).toEqual([
        expect.objectContaining({ issuer: provider.issuer, subject: 'anna', organisationId: user.organisationId }),
      ]);
      const audit = await db.getRepository(AuditEvent).findBy({ action: 'auth.login.succeeded', userId: user.id });
      expect(audit).toEqual([expect.objectContaining({ after: expect.objectContaining({ method: 'oidc', subject: 'anna' }) })]);
      expect(await db.getRepository(AuditEvent).countBy({ action: 'user.created', entityId: user.id })).toBe(1);
    });

    it('finds the same user at the second sign-in (by subject), without a second account', async () => {
      const before = await db.getRepository(User).count();
      const browser = new HttpBrowser(origin);
      expect(await browser.signIn(startUrl('?terug=/wijken'), 'anna')).toBe('/wijken');
      const me = await http().get('/api/v1/auth/me').set('Cookie', browser.cookieHeader(origin)).expect(200);
      expect(me.body.email).toBe('anna.sso@demodam.example');
      expect(await db.getRepository(User).count()).toBe(before);
      expect(await db.getRepository(SsoIdentity).countBy({ subject: 'anna' })).toBe(1);
    });

    it('matches an existing account by its verified e-mail address and links it', async () => {
      const existing = await db.getRepository(User).findOneByOrFail({ email: 'teamlead@demodam.example' });
      const browser = new HttpBrowser(origin);
      expect(await browser.signIn(startUrl(), 'teun')).toBe('/dashboard');
      const me = await http().get('/api/v1/auth/me').set('Cookie', browser.cookieHeader(origin)).expect(200);
      expect(me.body).toMatchObject({ id: existing.id, role: 'team_lead' });
      expect(await db.getRepository(SsoIdentity).countBy({ userId: existing.id, subject: 'teun' })).toBe(1);
    });

    it('never sends the browser elsewhere than the web app after signing in', async () => {
      for (const elsewhere of ['//evil.example/x', 'https://evil.example', '/api/v1/users', '/\\evil.example']) {
        const res = await http().get('/api/v1/auth/oidc/GM9901/start').query({ terug: elsewhere }).expect(400);
        expect(res.body.invalidParams).toEqual([{ name: 'terug', reason: 'must be a path of the web app, e.g. /wijken' }]);
      }
      expect(await new HttpBrowser(origin).signIn(startUrl('?terug=/inloggen'), 'anna')).toBe('/dashboard');
    });

    it('answers 400 to a callback that is no answer of a provider', async () => {
      const res = await http().get('/api/v1/auth/oidc/callback').expect(400);
      expect(res.body.invalidParams).toEqual([
        { name: 'state', reason: 'is required' },
        { name: 'code', reason: 'is required' },
      ]);
    });

    it.each([
      ['bram', 'no-role', 'no rule of the role mapping matches and there is no default role'],
      ['ongeverifieerd', 'unverified-email', 'the e-mail address is not verified'],
      ['buurman', 'other-organisation', 'the address belongs to an account of Voorbeeldstad'],
    ])('refuses %s (%s: %s), creates no account, and audits it', async (login, reason) => {
      const users = await db.getRepository(User).count();
      const browser = new HttpBrowser(origin);
      expect(await browser.signIn(startUrl(), login)).toBe(`/inloggen?sso-fout=${reason}`);
      expect(browser.cookie(new URL(origin).host, 'wk_session')).toBeUndefined();
      expect(await db.getRepository(User).count()).toBe(users);
      expect((await lastFailure()).after).toMatchObject({ method: 'oidc', reason, subject: login });
    });

    it('gives users whom no rule matches the default role, when there is one', async () => {
      expect((await save(config({ defaultRole: 'viewer' }))).status).toBe(200);
      const browser = new HttpBrowser(origin);
      expect(await browser.signIn(startUrl(), 'bram')).toBe('/dashboard');
      const me = await http().get('/api/v1/auth/me').set('Cookie', browser.cookieHeader(origin)).expect(200);
      expect(me.body).toMatchObject({ email: 'bram.sso@demodam.example', role: 'viewer' });
      expect((await save(config())).status).toBe(200);
    });

    /** Walks start → provider login and consent, and answers the callback URL the provider sends the browser to (not yet followed). */
    const callbackUrl = (browser: HttpBrowser, login: string) =>
      browser.signIn(startUrl(), login, (target) => target.pathname === '/api/v1/auth/oidc/callback');

    it('refuses a wrong state, and a callback taken to another browser (which also ends that flow)', async () => {
      const browser = new HttpBrowser(origin);
      const callback = new URL(await callbackUrl(browser, 'anna'));
      expect(callback.searchParams.get('code')).toBeTruthy();

      const forged = new URL(callback);
      forged.searchParams.set('state', 'x'.repeat(43));
      expect((await browser.request(forged.href)).headers.get('location')).toBe('/inloggen?sso-fout=expired');
      expect((await lastFailure()).after).toMatchObject({ reason: 'expired', state: 'unknown' });

      const other = new HttpBrowser(origin);
      expect((await other.request(callback.href)).headers.get('location')).toBe('/inloggen?sso-fout=expired');
      expect((await lastFailure()).after).toMatchObject({ reason: 'expired', browser: 'another browser' });
      expect(other.cookie(new URL(origin).host, 'wk_session')).toBeUndefined();
      // The state is used up: the browser that started the flow cannot finish it now either.
      expect((await browser.request(callback.href)).headers.get('location')).toBe('/inloggen?sso-fout=expired');
    });

    it('refuses a replayed callback', async () => {
      const browser = new HttpBrowser(origin);
      const callback = await callbackUrl(browser, 'anna');
      expect((await browser.request(callback)).headers.get('location')).toBe('/dashboard');
      expect((await browser.request(callback)).headers.get('location')).toBe('/inloggen?sso-fout=expired');
    });

    it('refuses when the user cancels at the provider', async () => {
      const browser = new HttpBrowser(origin);
      const start = await browser.request(startUrl());
      const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
      const res = await browser.request(`${origin}/api/v1/auth/oidc/callback?error=access_denied&state=${state}`);
      expect(res.headers.get('location')).toBe('/inloggen?sso-fout=provider-refused');
      expect((await lastFailure()).after).toMatchObject({ reason: 'provider-refused', error: 'access_denied' });
    });

    it('refuses when the organisation disabled SSO: at the start, and for a flow already under way', async () => {
      const browser = new HttpBrowser(origin);
      const callback = await callbackUrl(browser, 'anna');
      expect((await save(config({ enabled: false }))).status).toBe(200);
      expect((await browser.request(callback)).headers.get('location')).toBe('/inloggen?sso-fout=unavailable');
      expect((await new HttpBrowser(origin).request(startUrl())).headers.get('location')).toBe('/inloggen?sso-fout=unavailable');
      expect((await http().get('/api/v1/auth/oidc/organisations').expect(200)).body).toEqual([]);
      expect((await save(config())).status).toBe(200);
    });

    it('answers an unknown organisation like a disabled one', async () => {
      const res = await new HttpBrowser(origin).request(`${origin}/api/v1/auth/oidc/GM0000/start`);
      expect(res.headers.get('location')).toBe('/inloggen?sso-fout=unavailable');
    });
  });
});
