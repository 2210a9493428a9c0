import { ModulesContainer } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource, EntityTarget } from 'typeorm';
import { createTestApp, testConfig } from '../../../test/create-test-app';
import { signIn } from '../../../test/sign-in';
import { TenantCrudService } from '../crud/tenant-crud.service';
import { ReadCache } from './read-cache';

/**
 * The list and read endpoints serve rendered responses again while their organisation's data
 * version stands: whoever changes the plan — this API, another process, a worker, plain SQL — the
 * next read answers the change.
 */
describe('the read cache of the plan endpoints', () => {
  let app: NestExpressApplication;
  let db: DataSource;
  let manager: { Authorization: string };
  let otherManager: { Authorization: string };
  const http = () => request(app.getHttpServer());
  const version = async (organisationId: string) =>
    Number((await db.query('SELECT version FROM organisation_data_versions WHERE organisation_id = $1', [organisationId]))[0]?.version ?? 0);

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    manager = await signIn(app, 'manager@demodam.example');
    otherManager = await signIn(app, 'manager@voorbeeldstad.example');
  });
  afterAll(() => app.close());

  it('serves a list again, with its entity tag, and answers 304 to a client that holds it', async () => {
    const first = await http().get('/api/v1/wijken?sort=name').set(manager).expect(200);
    const hitsBefore = app.get(ReadCache).stats().hits;
    const again = await http().get('/api/v1/wijken?sort=name').set(manager).expect(200);
    expect(app.get(ReadCache).stats().hits).toBe(hitsBefore + 1);
    expect(again.text).toBe(first.text);
    expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(again.headers.etag).toBe(first.headers.etag);
    await http().get('/api/v1/wijken?sort=name').set(manager).set('If-None-Match', first.headers.etag).expect(304);
  });

  it('answers a change made through the API at once', async () => {
    const list = await http().get('/api/v1/wijken?sort=name&pageSize=1').set(manager).expect(200);
    const wijk = list.body.items[0];
    await http().get(`/api/v1/wijken/${wijk.id}`).set(manager).expect(200);
    await http().patch(`/api/v1/wijken/${wijk.id}`).set(manager).send({ version: wijk.version, homes: wijk.homes + 1 }).expect(200);
    expect((await http().get(`/api/v1/wijken/${wijk.id}`).set(manager).expect(200)).body.homes).toBe(wijk.homes + 1);
    const after = await http().get('/api/v1/wijken?sort=name&pageSize=1').set(manager).expect(200);
    expect(after.body.items[0].homes).toBe(wijk.homes + 1);
    expect(after.headers.etag).not.toBe(list.headers.etag);
  });

  it('answers a change made outside this process (another API process, a worker, SQL) at once', async () => {
    const task = (await http().get('/api/v1/tasks?pageSize=1').set(manager).expect(200)).body.items[0];
    await http().get(`/api/v1/tasks/${task.id}`).set(manager).expect(200);
    const elsewhere = new Client({ connectionString: testConfig().databaseUrl });
    await elsewhere.connect();
    try {
      await elsewhere.query(`UPDATE tasks SET name = name || ' (gewijzigd)' WHERE id = $1`, [task.id]);
    } finally {
      await elsewhere.end();
    }
    expect((await http().get(`/api/v1/tasks/${task.id}`).set(manager).expect(200)).body.name).toBe(`${task.name} (gewijzigd)`);
    expect((await http().get('/api/v1/tasks?pageSize=1').set(manager).expect(200)).body.items[0].name).toBe(`${task.name} (gewijzigd)`);
  });

  it('raises the version once per committed transaction and organisation, and not for one rolled back', async () => {
    const [{ organisation_id: organisationId }] = await db.query(`SELECT organisation_id FROM users WHERE email = 'manager@demodam.example'`);
    const before = await version(organisationId);
    await db.query(`UPDATE tasks SET hours_spent = hours_spent WHERE organisation_id = $1`, [organisationId]);
    expect(await version(organisationId)).toBe(before + 1);
    await db
      .transaction(async (m) => {
        await m.query(`UPDATE wijken SET homes = homes + 1 WHERE organisation_id = $1`, [organisationId]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await version(organisationId)).toBe(before + 1);
  });

  it('never answers one organisation with the response kept for another', async () => {
    const ours = await http().get('/api/v1/staff-members?sort=name').set(manager).expect(200);
    const theirs = await http().get('/api/v1/staff-members?sort=name').set(otherManager).expect(200);
    const ourIds = new Set(ours.body.items.map((s: { id: string }) => s.id));
    expect(theirs.body.items.length).toBeGreaterThan(0);
    expect(theirs.body.items.some((s: { id: string }) => ourIds.has(s.id))).toBe(false);
  });

  it('covers every table a cached endpoint reads: each carries the version trigger', async () => {
    const providers = [...app.get(ModulesContainer).values()].flatMap((m) => [...m.providers.values()]);
    const services = new Set(providers.map((p) => p.instance).filter((i): i is TenantCrudService<never> => i instanceof TenantCrudService));
    const tables = [...services].map((s) => db.getMetadata((s as unknown as { entity: EntityTarget<unknown> }).entity).tableName);
    const triggered = (
      await db.query<{ table: string }[]>(
        `SELECT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'bump_organisation_data_version'`,
      )
    ).map((r) => r.table);
    expect(tables.length).toBeGreaterThanOrEqual(12);
    // Tasks are filtered by their assignments (unassigned=true): assignments are a resource of their own.
    expect(triggered).toEqual(expect.arrayContaining([...tables, 'assignments']));
  });
});
