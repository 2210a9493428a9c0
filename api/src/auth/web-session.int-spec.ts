import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/create-test-app';
import { signIn } from '../../test/sign-in';
import { AuditEvent } from '../audit/audit-event.entity';
import { DEMO_PASSWORD } from '../seed/seed-demo';
import { AccessToken } from './access-token.entity';
import { hashToken } from './token.service';

type Cookies = Record<string, { value: string; attributes: string[] }>;

function cookiesOf(res: request.Response): Cookies {
  const raw = res.headers['set-cookie'] as unknown as string[] | undefined;
  const cookies: Cookies = {};
  for (const line of raw ?? []) {
    const [pair, ...attributes] = line.split(';').map((p) => p.trim());
    const eq = pair.indexOf('=');
    cookies[pair.slice(0, eq)] = { value: decodeURIComponent(pair.slice(eq + 1)), attributes: attributes.map((a) => a.toLowerCase()) };
  }
  return cookies;
}

describe('web sessions as cookies (POST /api/v1/auth/session)', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  const http = () => request(app.getHttpServer());

  /** Signs in as the web app does; answers the Cookie header and the CSRF token the app would echo. */
  async function webSignIn(email: string, host?: string) {
    const call = http().post('/api/v1/auth/session');
    if (host) call.set('Host', host);
    const res = await call.send({ email, password: DEMO_PASSWORD }).expect(200);
    const cookies = cookiesOf(res);
    return {
      res,
      cookies,
      cookie: `wk_session=${cookies.wk_session.value}; XSRF-TOKEN=${cookies['XSRF-TOKEN'].value}`,
      csrf: cookies['XSRF-TOKEN'].value,
    };
  }

  it('sets an HttpOnly, SameSite=Strict session cookie and a readable CSRF cookie, and keeps the token out of the body', async () => {
    const { res, cookies } = await webSignIn('manager@demodam.example');
    expect(res.body).toEqual({ expiresAt: expect.any(String), user: expect.objectContaining({ email: 'manager@demodam.example' }) });
    expect(JSON.stringify(res.body)).not.toMatch(/wk_/);
    expect(cookies.wk_session.value).toMatch(/^wk_[A-Za-z0-9_-]{43}$/);
    expect(cookies.wk_session.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/api']));
    expect(cookies['XSRF-TOKEN'].attributes).toEqual(expect.arrayContaining(['samesite=strict', 'path=/']));
    expect(cookies['XSRF-TOKEN'].attributes).not.toContain('httponly');
    expect(cookies['XSRF-TOKEN'].value).not.toBe(cookies.wk_session.value);
    // Plain HTTP on localhost (development, tests): not Secure, or the browser would drop the cookie.
    expect(cookies.wk_session.attributes).not.toContain('secure');
    // Stored hashed, like every token.
    const stored = await app.get(DataSource).getRepository(AccessToken).findOneByOrFail({ tokenHash: hashToken(cookies.wk_session.value) });
    expect(stored.kind).toBe('session');
    expect(await app.get(DataSource).getRepository(AccessToken).countBy({ tokenHash: cookies.wk_session.value })).toBe(0);
  });

  it('marks the cookies Secure outside localhost', async () => {
    const { cookies } = await webSignIn('raad@demodam.example', 'wijkkracht.gemeente.example');
    expect(cookies.wk_session.attributes).toContain('secure');
    expect(cookies['XSRF-TOKEN'].attributes).toContain('secure');
  });

  it('audits the sign-in as a cookie session', async () => {
    const { res } = await webSignIn('teamlead@demodam.example');
    const events = await app
      .get(DataSource)
      .getRepository(AuditEvent)
      .find({ where: { action: 'auth.login.succeeded', userId: res.body.user.id } });
    expect(events.map((e) => e.after)).toContainEqual(expect.objectContaining({ method: 'password', session: 'cookie' }));
  });

  it('answers 401 for a wrong password, with no cookie set', async () => {
    const res = await http().post('/api/v1/auth/session').send({ email: 'manager@demodam.example', password: 'fout' }).expect(401);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body.detail).toBe('Het e-mailadres of het wachtwoord klopt niet.');
  });

  it('reads with the cookie alone', async () => {
    const { cookie } = await webSignIn('manager@demodam.example');
    const res = await http().get('/api/v1/auth/me').set('Cookie', cookie).expect(200);
    expect(res.body.email).toBe('manager@demodam.example');
    await http().get('/api/v1/wijken?pageSize=1').set('Cookie', cookie).expect(200);
  });

  it('refuses an unsafe cookie request without the CSRF header with a 403 problem naming the rule', async () => {
    const { cookie } = await webSignIn('manager@demodam.example');
    const res = await http().post('/api/v1/scenarios').set('Cookie', cookie).send({ name: 'Zonder CSRF' }).expect(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 403,
      invalidParams: [{ name: 'X-XSRF-TOKEN', reason: 'must carry the CSRF token of this session (the XSRF-TOKEN cookie)' }],
    });
    const list = await http().get('/api/v1/scenarios?pageSize=200').set('Cookie', cookie).expect(200);
    expect(list.body.items.map((s: { name: string }) => s.name)).not.toContain('Zonder CSRF');
  });

  it('refuses a wrong CSRF token, and the CSRF token of another session', async () => {
    const mine = await webSignIn('manager@demodam.example');
    const theirs = await webSignIn('manager@demodam.example');
    await http().post('/api/v1/scenarios').set('Cookie', mine.cookie).set('X-XSRF-TOKEN', 'raden').send({ name: 'Fout' }).expect(403);
    // A sibling site could plant an XSRF-TOKEN cookie of its own choosing; it still has to match the session.
    await http()
      .post('/api/v1/scenarios')
      .set('Cookie', `wk_session=${mine.cookies.wk_session.value}; XSRF-TOKEN=${theirs.csrf}`)
      .set('X-XSRF-TOKEN', theirs.csrf)
      .send({ name: 'Geplant' })
      .expect(403);
  });

  it('accepts an unsafe cookie request with the CSRF header', async () => {
    const { cookie, csrf } = await webSignIn('manager@demodam.example');
    const res = await http().post('/api/v1/scenarios').set('Cookie', cookie).set('X-XSRF-TOKEN', csrf).send({ name: 'Met CSRF' }).expect(201);
    expect(res.body.name).toBe('Met CSRF');
  });

  it('needs no CSRF token for a bearer request, also when a session cookie is present', async () => {
    const bearer = await signIn(app, 'manager@demodam.example');
    await http().post('/api/v1/scenarios').set(bearer).send({ name: 'Bearer' }).expect(201);
    const { cookie } = await webSignIn('raad@demodam.example');
    // The bearer header decides who is calling: the manager, not the council member of the cookie.
    await http().post('/api/v1/scenarios').set(bearer).set('Cookie', cookie).send({ name: 'Bearer met cookie' }).expect(201);
  });

  it('still checks the role of a cookie session (CSRF is not a way around it)', async () => {
    const { cookie, csrf } = await webSignIn('raad@demodam.example');
    const res = await http().post('/api/v1/scenarios').set('Cookie', cookie).set('X-XSRF-TOKEN', csrf).send({ name: 'Raad' }).expect(403);
    expect(res.body.detail).toBe('Uw rol (viewer) mag dit niet.');
  });

  it('signs out: the session ends server-side and the cookies are cleared', async () => {
    const { cookie, csrf, cookies } = await webSignIn('medewerker@demodam.example');
    await http().post('/api/v1/auth/logout').set('Cookie', cookie).expect(403);
    const res = await http().post('/api/v1/auth/logout').set('Cookie', cookie).set('X-XSRF-TOKEN', csrf).expect(204);
    const cleared = cookiesOf(res);
    expect(cleared.wk_session.value).toBe('');
    expect(cleared.wk_session.attributes.join(';')).toMatch(/expires=thu, 01 jan 1970/);
    expect(cleared['XSRF-TOKEN'].value).toBe('');
    // The old cookie no longer works, even if a browser kept it.
    const after = await http().get('/api/v1/auth/me').set('Cookie', cookie).expect(401);
    expect(cookiesOf(after).wk_session?.value).toBe('');
    const stored = await app.get(DataSource).getRepository(AccessToken).findOneByOrFail({ tokenHash: hashToken(cookies.wk_session.value) });
    expect(stored.revokedAt).not.toBeNull();
  });

  it('keeps POST /auth/login answering a bearer token for API clients, without cookies', async () => {
    const res = await http().post('/api/v1/auth/login').send({ email: 'manager@demodam.example', password: DEMO_PASSWORD }).expect(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', accessToken: expect.stringMatching(/^wk_/) });
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});
