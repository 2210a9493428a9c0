import { NestExpressApplication } from '@nestjs/platform-express';
import type { AuditEventView, Role } from '@wijkkracht/contracts';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/create-test-app';
import { createForecastOrganisation, ForecastOrganisation } from '../../test/factories/forecast-organisation';
import { signIn } from '../../test/sign-in';
import { DEMO_PASSWORD } from '../seed/seed-demo';
import { MAX_EXPORT_EVENTS } from './audit-log.service';

type Auth = { Authorization: string };

const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

async function openXlsx(body: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

async function openCsv(body: Buffer): Promise<ExcelJS.Worksheet> {
  const text = body.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return new ExcelJS.Workbook().csv.read(Readable.from([text.slice(1)]), {
    parserOptions: { delimiter: ';' },
    map: (v: string) => v,
  } as never);
}

const headers = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);

describe('the audit log (GET /api/v1/audit-events) for an organisation’s admins', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let org: ForecastOrganisation;
  let admin: Auth;
  let otherAdmin: Auth;
  let viewerId: string;
  /** An account of this test's own whose role, access and password the admin changes. */
  let subjectId: string;
  const subjectEmail = `subject-${Date.now()}@audit.example`;
  const http = () => request(app.getHttpServer());
  const login = (email: string, password: string) => http().post('/api/v1/auth/login').send({ email, password });
  const events = async (query: string, auth: Auth = admin) =>
    (await http().get(`/api/v1/audit-events?${query}`).set(auth).expect(200)).body as { items: AuditEventView[]; total: number; page: number; pageSize: number };
  const download = (path: string, auth: Auth = admin) =>
    http()
      .get(path)
      .set(auth)
      .buffer(true)
      .parse(binary as never);

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    org = await createForecastOrganisation(db, { wijken: 0 });
    admin = await signIn(app, org.emails.admin);
    otherAdmin = await signIn(app, 'beheer@demodam.example');
    const users = (await http().get('/api/v1/users?role=viewer').set(admin).expect(200)).body.items;
    viewerId = users[0].id;
    subjectId = (await http().post('/api/v1/users').set(admin).send({ email: subjectEmail, name: 'Onderwerp', role: 'viewer', password: 'een-lang-wachtwoord' }).expect(201)).body.id;
  }, 60_000);
  afterAll(() => app?.close());

  it('shows sign-ins that succeeded and failed, with the account, reason and address, and never the password', async () => {
    await login(org.emails.viewer, 'een-fout-wachtwoord').expect(401);
    await login(org.emails.viewer, DEMO_PASSWORD).expect(200);
    const failed = await events('action=auth.login.failed');
    expect(failed.total).toBe(1);
    expect(failed.items[0]).toMatchObject({
      action: 'auth.login.failed',
      actor: { id: viewerId, email: org.emails.viewer },
      entityType: 'user',
      entityId: viewerId,
      after: { email: org.emails.viewer, reason: 'wrong_password' },
    });
    expect(typeof failed.items[0].after!.address).toBe('string');
    const succeeded = await events(`action=auth.login.succeeded&actorId=${viewerId}`);
    expect(succeeded.total).toBe(1);
    expect(succeeded.items[0].after).toMatchObject({ email: org.emails.viewer, method: 'password' });
    // A group of actions by its beginning: both of them, newest first.
    const both = await events(`action=auth.login&actorId=${viewerId}`);
    expect(both.items.map((e) => e.action)).toEqual(['auth.login.succeeded', 'auth.login.failed']);
    const raw = await db.query(`SELECT before, after FROM audit_events WHERE organisation_id = $1`, [org.organisationId]);
    expect(JSON.stringify(raw)).not.toContain('een-fout-wachtwoord');
    expect(JSON.stringify(raw)).not.toContain(DEMO_PASSWORD);
  });

  it('shows a lock-out and the attempts refused while locked; an attempt on an unknown address belongs to no organisation', async () => {
    const email = `slot-${Date.now()}@audit.example`;
    await http().post('/api/v1/users').set(admin).send({ email, name: 'Slot', role: 'staff', password: 'het-goede-wachtwoord' }).expect(201);
    for (let i = 0; i < 5; i++) await login(email, 'fout').expect(401);
    await login(email, 'het-goede-wachtwoord').expect(429);
    const locked = await events('action=auth.account.locked');
    expect(locked.items).toEqual([expect.objectContaining({ actor: expect.objectContaining({ email }), after: expect.objectContaining({ lockedForSeconds: 30 }) })]);
    const refused = await events('action=auth.login.refused');
    expect(refused.items).toEqual([expect.objectContaining({ after: expect.objectContaining({ reason: 'account_locked' }) })]);
    // The same domain as this organisation, but no such account: nobody's log shows it.
    const unknown = `niemand-${Date.now()}@${org.emails.admin.split('@')[1]}`;
    await login(unknown, 'wat-dan-ook').expect(401);
    const [stored] = await db.query(`SELECT organisation_id, user_id, after FROM audit_events WHERE after->>'email' = $1`, [unknown]);
    expect(stored).toMatchObject({ organisation_id: null, user_id: null, after: { reason: 'unknown_account' } });
    expect((await events(`actorEmail=${encodeURIComponent(unknown)}`)).total).toBe(0);
  });

  it('records permission changes (role, blocking, password) with before and after, as their own actions', async () => {
    const user = (await http().get(`/api/v1/users/${subjectId}`).set(admin).expect(200)).body;
    const changed = (await http().patch(`/api/v1/users/${subjectId}`).set(admin).send({ version: user.version, role: 'team_lead', active: false }).expect(200)).body;
    await http().patch(`/api/v1/users/${subjectId}`).set(admin).send({ version: changed.version, role: 'viewer', active: true, password: 'een-nieuw-lang-wachtwoord' }).expect(200);
    const roleChanges = await events(`action=user.role_changed&entityId=${subjectId}`);
    expect(roleChanges.items.map((e) => [e.before!.role, e.after!.role])).toEqual([
      ['team_lead', 'viewer'],
      ['viewer', 'team_lead'],
    ]);
    expect(roleChanges.items[0].actor.email).toBe(org.emails.admin);
    expect((await events(`action=user.deactivated&entityId=${subjectId}`)).total).toBe(1);
    expect((await events(`action=user.activated&entityId=${subjectId}`)).total).toBe(1);
    const password = await events(`action=user.password_changed&entityId=${subjectId}`);
    expect(password.items[0].after).toEqual({ email: subjectEmail, passwordChanged: true });
    // The full record of the change is there too, without the hash.
    const updated = await events(`action=user.updated&entityId=${subjectId}`);
    expect(updated.total).toBe(2);
    expect(updated.items[1]).toMatchObject({ before: { role: 'viewer', active: true }, after: { role: 'team_lead', active: false } });
    expect(JSON.stringify(updated.items)).not.toMatch(/argon2|passwordHash/);
  });

  it('shows every change of data with who, when, what, before and after', async () => {
    const team = (await http().post('/api/v1/teams').set(admin).send({ name: 'Auditteam' }).expect(201)).body;
    await http().patch(`/api/v1/teams/${team.id}`).set(admin).send({ version: team.version, name: 'Auditteam Noord' }).expect(200);
    const history = await events(`entityType=team&entityId=${team.id}`);
    expect(history.items.map((e) => e.action)).toEqual(['team.updated', 'team.created']);
    const [updated, created] = history.items;
    expect(created).toMatchObject({ before: null, after: { name: 'Auditteam' }, actor: { email: org.emails.admin, name: expect.any(String) } });
    expect(updated).toMatchObject({ before: { name: 'Auditteam' }, after: { name: 'Auditteam Noord' } });
    expect(Date.parse(updated.at)).toBeGreaterThanOrEqual(Date.parse(created.at));
    expect(Math.abs(Date.parse(updated.at) - Date.now())).toBeLessThan(60_000);
    // One event by its id; another organisation's admin does not find it.
    await http().get(`/api/v1/audit-events/${updated.id}`).set(admin).expect(200);
    await http().get(`/api/v1/audit-events/${updated.id}`).set(otherAdmin).expect(404);
  });

  it('filters by period, actor, record and action, pages, and sorts newest first (or oldest first on request)', async () => {
    const all = await events('pageSize=200');
    expect(all.total).toBe(all.items.length);
    const times = all.items.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const oldest = await events('sort=at&pageSize=1');
    expect(oldest.items[0].id).toBe(all.items[all.items.length - 1].id);
    // Pages: the second page of two continues the first.
    const [p1, p2] = [await events('pageSize=2&page=1'), await events('pageSize=2&page=2')];
    expect([...p1.items, ...p2.items].map((e) => e.id)).toEqual(all.items.slice(0, 4).map((e) => e.id));
    expect(p2).toMatchObject({ page: 2, pageSize: 2, total: all.total });
    // Period: today's date (a whole Dutch day) holds everything; a day in the future or the past nothing.
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect((await events(`from=${today}&to=${today}`)).total).toBe(all.total);
    expect((await events('from=2099-01-01')).total).toBe(0);
    expect((await events('to=2000-12-31')).total).toBe(0);
    const middle = all.items[Math.floor(all.items.length / 2)].at;
    const since = await events(`from=${encodeURIComponent(middle)}&pageSize=200`);
    expect(since.items.every((e) => e.at >= middle)).toBe(true);
    expect(since.total).toBeLessThan(all.total);
    // Actor by e-mail (its beginning, case ignored) and by id.
    const byEmail = await events(`actorEmail=${encodeURIComponent(org.emails.admin.split('@')[0].toUpperCase() + '@')}&pageSize=200`);
    expect(byEmail.total).toBeGreaterThan(0);
    expect(byEmail.items.every((e) => e.actor.email === org.emails.admin)).toBe(true);
    expect((await events(`actorId=${byEmail.items[0].actor.id}`)).total).toBe(byEmail.total);
    // Wildcards are taken literally.
    expect((await events('actorEmail=%25')).total).toBe(0);
    expect((await events('entityType=user&pageSize=200')).items.every((e) => e.entityType === 'user')).toBe(true);
    expect((await events('action=user&pageSize=200')).items.every((e) => e.action.startsWith('user.'))).toBe(true);
    expect((await events('action=auth.log')).total).toBe(0); // a group ends at a dot
  });

  it('refuses a broken filter, naming it', async () => {
    const check = async (query: string, name: string) => {
      const res = await http().get(`/api/v1/audit-events?${query}`).set(admin).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.invalidParams.map((p: { name: string }) => p.name)).toContain(name);
    };
    await check('from=gisteren', 'from');
    await check('from=2026-02-30', 'from');
    await check('to=2026-01-01T10:00', 'to');
    await check('from=2026-03-01&to=2026-02-01', 'to');
    await check('actorId=beheer', 'actorId');
    await check('entityId=1', 'entityId');
    await check('action=%25', 'action');
    await check('entityType=Wijk;DROP', 'entityType');
    await check('sort=name', 'sort');
    await check('from=2026-01-01&from=2026-02-01', 'from');
    await check('unknown=1', 'unknown');
    const csv = await http().get('/api/v1/audit-events/export?format=pdf').set(admin).expect(400);
    expect(csv.body.invalidParams).toEqual([{ name: 'format', reason: 'must be one of xlsx, csv' }]);
  });

  it.each<Role>(['programme_manager', 'team_lead', 'staff', 'viewer'])('answers 403 to a %s, for the list, an event and the export', async (role) => {
    const auth = await signIn(app, org.emails[role]);
    const [event] = (await events('pageSize=1')).items;
    await http().get('/api/v1/audit-events').set(auth).expect(403);
    await http().get(`/api/v1/audit-events/${event.id}`).set(auth).expect(403);
    await http().get('/api/v1/audit-events/export').set(auth).expect(403);
  });

  it('shows another organisation none of ours, and us none of theirs', async () => {
    const ours = (await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE organisation_id = $1`, [org.organisationId]))[0].n;
    expect((await events('pageSize=1')).total).toBe(ours);
    const theirs = await events('pageSize=200', otherAdmin);
    expect(theirs.total).toBeGreaterThan(0);
    const ourIds = new Set((await db.query(`SELECT id FROM audit_events WHERE organisation_id = $1`, [org.organisationId])).map((r: { id: string }) => r.id));
    expect(theirs.items.filter((e) => ourIds.has(e.id))).toEqual([]);
    expect((await events(`actorEmail=${encodeURIComponent(org.emails.admin)}`, otherAdmin)).total).toBe(0);
    expect((await events(`entityId=${subjectId}`, otherAdmin)).total).toBe(0);
    const file = await openCsv((await download(`/api/v1/audit-events/export?format=csv&entityId=${subjectId}`, otherAdmin).expect(200)).body);
    expect(file.rowCount).toBe(1); // the header only
  });

  it('exports the filtered log as XLSX with Dutch headers and real date-time cells, and as CSV for Dutch Excel', async () => {
    const query = `entityId=${subjectId}`;
    const listed = await events(`${query}&pageSize=200`);
    const res = await download(`/api/v1/audit-events/export?${query}`).expect(200);
    expect(res.headers['content-type']).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="auditlog.xlsx"');
    const sheet = await openXlsx(res.body);
    expect(headers(sheet)).toEqual(['Tijdstip', 'Gebruiker', 'Naam', 'Actie', 'Omschrijving', 'Soort gegeven', 'Id gegeven', 'Vóór', 'Na', 'Id gebeurtenis']);
    expect(sheet.rowCount - 1).toBe(listed.total);
    const ids = Array.from({ length: listed.total }, (_, i) => sheet.getRow(i + 2).getCell(10).value);
    expect(ids).toEqual(listed.items.map((e) => e.id));
    const roleChange = listed.items.findIndex((e) => e.action === 'user.role_changed');
    const row = sheet.getRow(roleChange + 2);
    expect(row.getCell(4).value).toBe('user.role_changed');
    expect(row.getCell(5).value).toBe('Rol gewijzigd');
    expect(row.getCell(6).value).toBe('gebruiker');
    expect(JSON.parse(String(row.getCell(9).value))).toEqual(listed.items[roleChange].after);
    const at = row.getCell(1).value as Date;
    expect(at).toBeInstanceOf(Date);
    expect(row.getCell(1).numFmt).toBe('dd-mm-yyyy hh:mm:ss');
    // Wall-clock time in the Netherlands (Excel has no time zones).
    const dutch = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'medium' }).format(new Date(listed.items[roleChange].at));
    expect(at.toISOString().slice(0, 19).replace('T', ' ')).toBe(dutch);

    const csv = await download(`/api/v1/audit-events/export?format=csv&${query}`).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="auditlog.csv"');
    const csvSheet = await openCsv(csv.body);
    expect(csvSheet.rowCount).toBe(sheet.rowCount);
    expect(String(csvSheet.getRow(2).getCell(1).value)).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(JSON.parse(String(csvSheet.getRow(roleChange + 2).getCell(9).value))).toEqual(listed.items[roleChange].after);
  });

  it('streams a long log batch by batch in order, and refuses an export beyond the limit before sending anything', async () => {
    const bulk = await createForecastOrganisation(db, { wijken: 0 });
    const bulkAdmin = await signIn(app, bulk.emails.admin);
    // 2,500 events written in one statement share one timestamp: the batches must still follow one another exactly.
    await db.query(
      `INSERT INTO audit_events (organisation_id, action, entity_type, after)
       SELECT $1, 'wijk.updated', 'wijk', jsonb_build_object('n', i) FROM generate_series(1, 2500) AS i`,
      [bulk.organisationId],
    );
    const listed = (await http().get('/api/v1/audit-events?action=wijk.updated&pageSize=1').set(bulkAdmin).expect(200)).body;
    expect(listed.total).toBe(2500);
    const csv = await openCsv((await download('/api/v1/audit-events/export?format=csv&action=wijk', bulkAdmin).expect(200)).body);
    expect(csv.rowCount - 1).toBe(2500);
    const ids = Array.from({ length: 2500 }, (_, i) => String(csv.getRow(i + 2).getCell(10).value));
    expect(new Set(ids).size).toBe(2500);
    expect(ids).toEqual([...ids].sort().reverse());
    const xlsx = await openXlsx((await download('/api/v1/audit-events/export?action=wijk', bulkAdmin).expect(200)).body);
    expect(xlsx.rowCount - 1).toBe(2500);

    await db.query(
      `INSERT INTO audit_events (organisation_id, action, entity_type, at)
       SELECT $1, 'wijk.updated', 'wijk', now() - interval '400 days' FROM generate_series(1, $2::int)`,
      [bulk.organisationId, MAX_EXPORT_EVENTS],
    );
    const tooMany = await http().get('/api/v1/audit-events/export?format=csv').set(bulkAdmin).expect(400);
    expect(tooMany.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(tooMany.body.invalidParams).toEqual([{ name: 'from', reason: `narrow the filters: at most ${MAX_EXPORT_EVENTS} events per export` }]);
    // A shorter period exports again.
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    await download(`/api/v1/audit-events/export?format=csv&from=${today}`, bulkAdmin).expect(200);
  }, 120_000);
});
