import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/create-test-app';
import { signIn } from '../../test/sign-in';
import { AuditEvent } from '../audit/audit-event.entity';
import { DEMO_PASSWORD } from '../seed/seed-demo';

describe('sign-in (POST /api/v1/auth/login)', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  const http = () => request(app.getHttpServer());

  it('answers 200 with a bearer token and the user for the demo manager', async () => {
    const res = await http()
      .post('/api/v1/auth/login')
      .send({ email: 'manager@demodam.example', password: DEMO_PASSWORD })
      .expect(200);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      user: { email: 'manager@demodam.example', role: 'programme_manager', organisation: { name: 'Gemeente Demodam' } },
    });
    expect(res.body.accessToken).toMatch(/^wk_[A-Za-z0-9_-]{43}$/);
    expect(res.headers['api-version']).toBe('0.1.0');
  });

  it('accepts the e-mail address in any case', async () => {
    await http().post('/api/v1/auth/login').send({ email: 'Raad@Voorbeeldstad.example', password: DEMO_PASSWORD }).expect(200);
  });

  it('answers 401 problem+json with a clear message for a wrong password, and audits it', async () => {
    const res = await http().post('/api/v1/auth/login').send({ email: 'manager@demodam.example', password: 'wrong' }).expect(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 401, title: 'Niet aangemeld', detail: 'Het e-mailadres of het wachtwoord klopt niet.' });
    const failures = await app
      .get(DataSource)
      .getRepository(AuditEvent)
      .countBy({ action: 'auth.login.failed' });
    expect(failures).toBeGreaterThan(0);
  });

  it('answers in English to a client that prefers it (Accept-Language), and says the answer varies with it', async () => {
    const res = await http()
      .post('/api/v1/auth/login')
      .set('Accept-Language', 'en-GB,en;q=0.9,nl;q=0.8')
      .send({ email: 'manager@demodam.example', password: 'wrong' })
      .expect(401);
    expect(res.body).toMatchObject({
      status: 401,
      title: 'Not signed in',
      detail: 'The e-mail address or the password is not right.',
    });
    expect(res.headers['vary']).toMatch(/Accept-Language/i);
  });

  it('answers the same 401 for an unknown address, so it does not reveal which accounts exist', async () => {
    const res = await http().post('/api/v1/auth/login').send({ email: 'nobody@demodam.example', password: DEMO_PASSWORD }).expect(401);
    expect(res.body.detail).toBe('Het e-mailadres of het wachtwoord klopt niet.');
  });

  it('answers 400 naming the field and the rule for a malformed body', async () => {
    const res = await http().post('/api/v1/auth/login').send({ email: 'not-an-address', password: '' }).expect(400);
    expect(res.body.invalidParams).toEqual(
      expect.arrayContaining([
        { name: 'email', reason: 'must be an e-mail address' },
        { name: 'password', reason: 'must not be empty' },
      ]),
    );
  });

  it('refuses unknown fields', async () => {
    const res = await http()
      .post('/api/v1/auth/login')
      .send({ email: 'manager@demodam.example', password: DEMO_PASSWORD, role: 'admin' })
      .expect(400);
    expect(res.body.invalidParams).toEqual([{ name: 'role', reason: 'property role should not exist' }]);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400);
    expect(res.body.status).toBe(400);
  });
});

describe('bearer tokens', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  const http = () => request(app.getHttpServer());

  it('lets the token holder read who they are, within their own organisation', async () => {
    const auth = await signIn(app, 'teamlead@voorbeeldstad.example');
    const res = await http().get('/api/v1/auth/me').set(auth).expect(200);
    expect(res.body).toMatchObject({ role: 'team_lead', organisation: { name: 'Gemeente Voorbeeldstad', cbsCode: 'GM9902' } });
  });

  it('answers 401 without a token, or with an unknown one', async () => {
    await http().get('/api/v1/auth/me').expect(401);
    const res = await http().get('/api/v1/auth/me').set('Authorization', 'Bearer wk_nonsense').expect(401);
    expect(res.body.detail).toMatch(/ongeldig, verlopen of ingetrokken/);
  });

  it('ends the session server-side on sign-out', async () => {
    const auth = await signIn(app, 'medewerker@demodam.example');
    await http().post('/api/v1/auth/logout').set(auth).expect(204);
    await http().get('/api/v1/auth/me').set(auth).expect(401);
  });
});
