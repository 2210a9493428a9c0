import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/create-test-app';
import { signIn } from '../../test/sign-in';
import { AuditEvent } from '../audit/audit-event.entity';
import { AccessToken } from '../auth/access-token.entity';
import { hashToken } from '../auth/token.service';
import { DEMO_PASSWORD } from '../seed/seed-demo';
import { API_TOKENS_PER_HOUR } from './api-token-throttle';

const DAY_MS = 24 * 3600_000;

describe('personal API tokens (/api/v1/api-tokens)', () => {
  let app: NestExpressApplication;
  // Creation is limited per user and hour (the whole test run shares one Redis prefix): the tests spread their tokens over accounts.
  let manager: { Authorization: string };
  let admin: { Authorization: string };
  const http = () => request(app.getHttpServer());
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const tokens = () => app.get(DataSource).getRepository(AccessToken);

  beforeAll(async () => {
    app = await createTestApp();
    manager = await signIn(app, 'manager@demodam.example');
    admin = await signIn(app, 'beheer@demodam.example');
  });
  afterAll(() => app.close());

  it('creates a token, shows its secret once, stores only its hash and audits it', async () => {
    const before = Date.now();
    const res = await http().post('/api/v1/api-tokens').set(manager).send({ name: 'Power BI' }).expect(201);
    expect(res.body).toMatchObject({ name: 'Power BI', role: 'programme_manager', revokedAt: null });
    expect(res.body.token).toMatch(/^wkapi_[A-Za-z0-9_-]{43}$/);
    // Default: 90 days.
    const days = (Date.parse(res.body.expiresAt) - before) / DAY_MS;
    expect(days).toBeGreaterThan(89.99);
    expect(days).toBeLessThan(90.01);

    const stored = await tokens().findOneByOrFail({ id: res.body.id });
    expect(stored).toMatchObject({ kind: 'api', name: 'Power BI', role: 'programme_manager', tokenHash: hashToken(res.body.token) });
    expect(await tokens().countBy({ tokenHash: res.body.token })).toBe(0);

    const event = await app.get(DataSource).getRepository(AuditEvent).findOneByOrFail({ action: 'api-token.created', entityId: res.body.id });
    expect(event.after).toEqual({ name: 'Power BI', role: 'programme_manager', expiresAt: res.body.expiresAt });
    expect(JSON.stringify(event)).not.toContain(res.body.token);

    const list = await http().get('/api/v1/api-tokens').set(manager).expect(200);
    const listed = list.body.items.find((t: { id: string }) => t.id === res.body.id);
    expect(listed).toEqual({ id: res.body.id, name: 'Power BI', role: 'programme_manager', createdAt: res.body.createdAt, expiresAt: res.body.expiresAt, revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(res.body.token);
  });

  it('lists only the caller’s own tokens', async () => {
    const mine = (await http().post('/api/v1/api-tokens').set(manager).send({ name: 'Alleen van mij' }).expect(201)).body;
    const theirs = await http().get('/api/v1/api-tokens').set(admin).expect(200);
    expect(theirs.body.items.map((t: { id: string }) => t.id)).not.toContain(mine.id);
  });

  it('acts with the token’s role, not the user’s', async () => {
    const viewer = (await http().post('/api/v1/api-tokens').set(manager).send({ name: 'Alleen lezen', role: 'viewer' }).expect(201)).body;
    const planner = (await http().post('/api/v1/api-tokens').set(manager).send({ name: 'Plannen', role: 'programme_manager' }).expect(201)).body;
    const lead = (await http().post('/api/v1/api-tokens').set(manager).send({ name: 'Teamleider', role: 'team_lead' }).expect(201)).body;

    await http().get('/api/v1/wijken?pageSize=1').set(bearer(viewer.token)).expect(200);
    const refused = await http().post('/api/v1/scenarios').set(bearer(viewer.token)).send({ name: 'Via token' }).expect(403);
    expect(refused.body.detail).toBe('Dit API-token (rol viewer) mag dit niet.');
    // A viewer may not see leave; a team lead may, but may not change wijken.
    await http().get('/api/v1/leave-periods').set(bearer(viewer.token)).expect(403);
    await http().get('/api/v1/leave-periods').set(bearer(lead.token)).expect(200);
    await http().post('/api/v1/disciplines').set(bearer(lead.token)).send({ code: 'via-token', name: 'Via token' }).expect(403);

    await http().post('/api/v1/scenarios').set(bearer(planner.token)).send({ name: 'Via token' }).expect(201);
    const me = await http().get('/api/v1/auth/me').set(bearer(planner.token)).expect(200);
    expect(me.body.email).toBe('manager@demodam.example');
  });

  it('refuses a role above the user’s own, naming the field and the roles that may be given', async () => {
    const staff = await signIn(app, 'medewerker@demodam.example');
    const res = await http().post('/api/v1/api-tokens').set(staff).send({ name: 'Meer', role: 'admin' }).expect(400);
    expect(res.body.invalidParams).toEqual([{ name: 'role', reason: 'must be one of staff (at most your own role)' }]);
    // Staff and viewers are not ordered: a viewer may read the staff allocation, staff may not.
    await http().post('/api/v1/api-tokens').set(staff).send({ name: 'Anders', role: 'viewer' }).expect(400);
    const own = await http().post('/api/v1/api-tokens').set(staff).send({ name: 'Eigen rol' }).expect(201);
    expect(own.body.role).toBe('staff');
    const lead = await signIn(app, 'teamlead@demodam.example');
    await http().post('/api/v1/api-tokens').set(lead).send({ name: 'Planner', role: 'programme_manager' }).expect(400);
  });

  it('refuses an expiry of more than a year, or less than a day', async () => {
    for (const expiresInDays of [366, 0, 1.5, '30']) {
      const res = await http().post('/api/v1/api-tokens').set(manager).send({ name: 'Te lang', expiresInDays }).expect(400);
      expect(res.body.invalidParams[0].name).toBe('expiresInDays');
    }
    const year = (await http().post('/api/v1/api-tokens').set(manager).send({ name: 'Een jaar', expiresInDays: 365 }).expect(201)).body;
    expect(Math.round((Date.parse(year.expiresAt) - Date.parse(year.createdAt)) / DAY_MS)).toBe(365);
  });

  it('refuses a token once it has expired', async () => {
    const created = (await http().post('/api/v1/api-tokens').set(admin).send({ name: 'Kort', expiresInDays: 1 }).expect(201)).body;
    await tokens().update({ id: created.id }, { createdAt: new Date(Date.now() - 3 * DAY_MS), expiresAt: new Date(Date.now() - DAY_MS) });
    const res = await http().get('/api/v1/auth/me').set(bearer(created.token)).expect(401);
    expect(res.body.detail).toMatch(/ongeldig, verlopen of ingetrokken/);
  });

  it('revokes a token: refused at once on this instance, audited, and revoking again changes nothing', async () => {
    const created = (await http().post('/api/v1/api-tokens').set(admin).send({ name: 'Intrekken' }).expect(201)).body;
    // Used just before, so this instance remembers it: the revocation must still apply to the very next request.
    await http().get('/api/v1/auth/me').set(bearer(created.token)).expect(200);
    await http().delete(`/api/v1/api-tokens/${created.id}`).set(admin).expect(204);
    await http().get('/api/v1/auth/me').set(bearer(created.token)).expect(401);

    const listed = (await http().get('/api/v1/api-tokens').set(admin).expect(200)).body.items.find((t: { id: string }) => t.id === created.id);
    expect(listed.revokedAt).not.toBeNull();
    await http().delete(`/api/v1/api-tokens/${created.id}`).set(admin).expect(204);
    const events = await app.get(DataSource).getRepository(AuditEvent).countBy({ action: 'api-token.revoked', entityId: created.id });
    expect(events).toBe(1);
  });

  it('answers 404 for another user’s token, in another organisation or the same, and leaves it working', async () => {
    const created = (await http().post('/api/v1/api-tokens').set(admin).send({ name: 'Niet van jou' }).expect(201)).body;
    for (const intruder of ['manager@voorbeeldstad.example', 'beheer@voorbeeldstad.example', 'manager@demodam.example']) {
      const res = await http().delete(`/api/v1/api-tokens/${created.id}`).set(await signIn(app, intruder)).expect(404);
      expect(res.body.detail).toBe(`U hebt geen API-token met id ${created.id}.`);
    }
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await http().delete(`/api/v1/api-tokens/${unknown}`).set(admin).expect(404)).body.detail).toBe(`U hebt geen API-token met id ${unknown}.`);
    await http().get('/api/v1/auth/me').set(bearer(created.token)).expect(200);
  });

  it('a token is scoped to its owner’s organisation', async () => {
    const created = (await http().post('/api/v1/api-tokens').set(await signIn(app, 'manager@voorbeeldstad.example')).send({ name: 'Voorbeeldstad' }).expect(201)).body;
    const demodamWijk = (await http().get('/api/v1/wijken?pageSize=1').set(manager).expect(200)).body.items[0];
    await http().get(`/api/v1/wijken/${demodamWijk.id}`).set(bearer(created.token)).expect(404);
    const own = await http().get('/api/v1/auth/me').set(bearer(created.token)).expect(200);
    expect(own.body.organisation.name).toBe('Gemeente Voorbeeldstad');
  });

  it('cannot make, list or revoke tokens with an API token', async () => {
    const created = (await http().post('/api/v1/api-tokens').set(admin).send({ name: 'Beheert niets' }).expect(201)).body;
    const res = await http().post('/api/v1/api-tokens').set(bearer(created.token)).send({ name: 'Nog een' }).expect(403);
    expect(res.body.detail).toBe('API-tokens beheert u na aanmelden, niet met een API-token.');
    await http().get('/api/v1/api-tokens').set(bearer(created.token)).expect(403);
    await http().delete(`/api/v1/api-tokens/${created.id}`).set(bearer(created.token)).expect(403);
  });

  it('is not accepted in place of the session cookie', async () => {
    const created = (await http().post('/api/v1/api-tokens').set(admin).send({ name: 'In een cookie' }).expect(201)).body;
    await http().get('/api/v1/auth/me').set('Cookie', `wk_session=${created.token}`).expect(401);
  });

  it('stops working when its owner’s role no longer covers the token’s role', async () => {
    const email = `token-${Date.now()}@demodam.example`;
    const user = (await http().post('/api/v1/users').set(admin).send({ email, name: 'Token Test', role: 'programme_manager', password: 'een-goed-wachtwoord' }).expect(201)).body;
    const session = (await http().post('/api/v1/auth/login').send({ email, password: 'een-goed-wachtwoord' }).expect(200)).body.accessToken;
    const planner = (await http().post('/api/v1/api-tokens').set(bearer(session)).send({ name: 'Plannen', role: 'programme_manager' }).expect(201)).body;
    const reader = (await http().post('/api/v1/api-tokens').set(bearer(session)).send({ name: 'Lezen', role: 'viewer' }).expect(201)).body;
    await http().get('/api/v1/auth/me').set(bearer(planner.token)).expect(200);
    await http().patch(`/api/v1/users/${user.id}`).set(admin).send({ version: user.version, role: 'team_lead' }).expect(200);
    await http().get('/api/v1/auth/me').set(bearer(planner.token)).expect(401);
    await http().get('/api/v1/wijken?pageSize=1').set(bearer(reader.token)).expect(200);
  });

  it('can be made from the web app’s cookie session, with its CSRF token', async () => {
    const web = await http().post('/api/v1/auth/session').send({ email: 'raad@demodam.example', password: DEMO_PASSWORD }).expect(200);
    const cookies = (web.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]);
    const csrf = decodeURIComponent(cookies.find((c) => c.startsWith('XSRF-TOKEN='))!.slice('XSRF-TOKEN='.length));
    await http().post('/api/v1/api-tokens').set('Cookie', cookies.join('; ')).send({ name: 'Zonder CSRF' }).expect(403);
    const res = await http().post('/api/v1/api-tokens').set('Cookie', cookies.join('; ')).set('X-XSRF-TOKEN', csrf).send({ name: 'Raadsdashboard' }).expect(201);
    expect(res.body.role).toBe('viewer');
  });

  it(`limits creation to ${API_TOKENS_PER_HOUR} tokens an hour per user, with Retry-After`, async () => {
    const lead = await signIn(app, 'teamlead@voorbeeldstad.example');
    for (let i = 0; i < API_TOKENS_PER_HOUR; i++) {
      await http().post('/api/v1/api-tokens').set(lead).send({ name: `Token ${i}` }).expect(201);
    }
    const res = await http().post('/api/v1/api-tokens').set(lead).send({ name: 'Een te veel' }).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(3000);
    expect(res.body.detail).toMatch(/^U hebt het afgelopen uur al 10 API-tokens gemaakt\. Probeer het over \d+ seconden opnieuw\.$/);
    // Another user is not affected.
    await http().post('/api/v1/api-tokens').set(await signIn(app, 'raad@voorbeeldstad.example')).send({ name: 'Wel' }).expect(201);
  });
});
