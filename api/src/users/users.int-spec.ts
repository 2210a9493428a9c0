import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/create-test-app';
import { describeResourceContract } from '../../test/resource-contract';
import { signIn } from '../../test/sign-in';
import { AuditEvent } from '../audit/audit-event.entity';

let n = 0;
describeResourceContract({
  path: 'users',
  noReadUser: 'manager@demodam.example',
  asUser: 'beheer@demodam.example',
  validBody: async () => ({ email: `adviseur${n++}-${Date.now()}@demodam.example`, name: 'Adviseur', role: 'staff' }),
  change: { role: 'team_lead', name: 'Teamleider' },
  invalid: [
    [{ email: 'no-at-sign' }, 'email', 'must be an e-mail address'],
    [{ role: 'root' }, 'role', 'must be one of admin, programme_manager, team_lead, staff, viewer'],
    [{ password: 'short' }, 'password', 'must be 12–1024 characters'],
  ],
});

describe('user accounts', () => {
  let app: NestExpressApplication;
  const http = () => request(app.getHttpServer());
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('creates an account that can sign in, never shows its hash, and keeps the hash out of the audit log', async () => {
    const admin = await signIn(app, 'beheer@demodam.example');
    const email = `nieuw-${Date.now()}@demodam.example`;
    const created = await http().post('/api/v1/users').set(admin).send({ email, name: 'Nieuw', role: 'viewer', password: 'een-lang-wachtwoord' }).expect(201);
    expect(created.body).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(created.body)).not.toContain('argon2');
    await http().post('/api/v1/auth/login').send({ email, password: 'een-lang-wachtwoord' }).expect(200);
    const updated = await http().patch(`/api/v1/users/${created.body.id}`).set(admin).send({ version: 1, password: 'nog-een-lang-wachtwoord' }).expect(200);
    expect(updated.body).not.toHaveProperty('passwordHash');
    const events = await app.get(DataSource).getRepository(AuditEvent).findBy({ entityId: created.body.id });
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(events)).not.toContain('argon2');
  });

  it('keeps admins from locking themselves out', async () => {
    const admin = await signIn(app, 'beheer@voorbeeldstad.example');
    const me = await http().get('/api/v1/auth/me').set(admin).expect(200);
    const mine = await http().get(`/api/v1/users/${me.body.id}`).set(admin).expect(200);
    await http().patch(`/api/v1/users/${me.body.id}`).set(admin).send({ version: mine.body.version, role: 'viewer' }).expect(400);
    await http().delete(`/api/v1/users/${me.body.id}`).set(admin).expect(400);
  });

  it('answers 409 naming email when the address is taken', async () => {
    const admin = await signIn(app, 'beheer@demodam.example');
    const res = await http().post('/api/v1/users').set(admin).send({ email: 'raad@voorbeeldstad.example', name: 'Dubbel', role: 'viewer' }).expect(409);
    expect(res.body.invalidParams).toEqual([{ name: 'email', reason: 'must be unique within the organisation' }]);
  });
});

describe('/api/v1/organisation', () => {
  let app: NestExpressApplication;
  const http = () => request(app.getHttpServer());
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('shows every role its own organisation and lets planners set the turnover rate and closing days', async () => {
    const viewer = await signIn(app, 'raad@voorbeeldstad.example');
    const org = await http().get('/api/v1/organisation').set(viewer).expect(200);
    expect(org.body).toMatchObject({ name: 'Gemeente Voorbeeldstad', cbsCode: 'GM9902', turnoverRate: 0.09 });
    await http().patch('/api/v1/organisation').set(viewer).send({ version: org.body.version, turnoverRate: 0.1 }).expect(403);
    const manager = await signIn(app, 'manager@voorbeeldstad.example');
    const bad = await http().patch('/api/v1/organisation').set(manager).send({ version: org.body.version, closingDays: ['2026-12-24', '2026-12-32'] }).expect(400);
    expect(bad.body.invalidParams).toContainEqual({ name: 'closingDays', reason: 'each must be a date that exists' });
    const ok = await http().patch('/api/v1/organisation').set(manager).send({ version: org.body.version, turnoverRate: 0.1, closingDays: ['2026-12-24'] }).expect(200);
    expect(ok.body).toMatchObject({ turnoverRate: 0.1, closingDays: ['2026-12-24'], version: org.body.version + 1 });
    await http().patch('/api/v1/organisation').set(manager).send({ version: org.body.version, turnoverRate: 0.2 }).expect(409);
  });
});
