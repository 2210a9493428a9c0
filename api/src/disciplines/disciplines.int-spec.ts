import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../../test/create-test-app';
import { signIn } from '../../test/sign-in';

describe('/api/v1/disciplines', () => {
  let app: NestExpressApplication;
  let manager: { Authorization: string };
  let viewer: { Authorization: string };
  let otherManager: { Authorization: string };
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await createTestApp();
    manager = await signIn(app, 'manager@demodam.example');
    viewer = await signIn(app, 'raad@demodam.example');
    otherManager = await signIn(app, 'manager@voorbeeldstad.example');
  });
  afterAll(() => app.close());

  it('lists the organisation’s disciplines, paged and sorted', async () => {
    const res = await http().get('/api/v1/disciplines?pageSize=5&sort=-name').set(viewer).expect(200);
    expect(res.body).toMatchObject({ page: 1, pageSize: 5, total: 12 });
    const names = res.body.items.map((d: { name: string }) => d.name);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
  });

  it('filters by code', async () => {
    const res = await http().get('/api/v1/disciplines?code=participatie').set(manager).expect(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ code: 'participatie', version: 1 });
  });

  it('creates, reads, updates with the current version and deletes', async () => {
    const created = await http()
      .post('/api/v1/disciplines')
      .set(manager)
      .send({ code: 'warmtenet-specialist', name: 'Specialist warmtenetten', hiringLeadWeeks: 20 })
      .expect(201);
    const { id } = created.body;
    await http().get(`/api/v1/disciplines/${id}`).set(viewer).expect(200);
    const updated = await http().patch(`/api/v1/disciplines/${id}`).set(manager).send({ version: 1, name: 'Warmtenetspecialist' }).expect(200);
    expect(updated.body).toMatchObject({ name: 'Warmtenetspecialist', version: 2 });
    await http().delete(`/api/v1/disciplines/${id}?version=2`).set(manager).expect(204);
    await http().get(`/api/v1/disciplines/${id}`).set(manager).expect(404);
  });

  it('answers 409 to a stale version and changes nothing', async () => {
    const { body } = await http().post('/api/v1/disciplines').set(manager).send({ code: 'stale-test', name: 'Stale' }).expect(201);
    await http().patch(`/api/v1/disciplines/${body.id}`).set(manager).send({ version: 1, name: 'First' }).expect(200);
    const res = await http().patch(`/api/v1/disciplines/${body.id}`).set(manager).send({ version: 1, name: 'Second' }).expect(409);
    expect(res.body.invalidParams).toEqual([{ name: 'version', reason: 'must equal the current version 2' }]);
    const after = await http().get(`/api/v1/disciplines/${body.id}`).set(manager).expect(200);
    expect(after.body).toMatchObject({ name: 'First', version: 2 });
  });

  it.each([
    [{ code: 'Has Spaces', name: 'x' }, 'code', 'must be 1–60 lower-case letters, digits or -'],
    [{ code: 'ok', name: '' }, 'name', 'must be 1–200 characters'],
    [{ code: 'ok', name: 'x'.repeat(201) }, 'name', 'must be 1–200 characters'],
    [{ code: 'ok', name: 'x', hiringLeadWeeks: 105 }, 'hiringLeadWeeks', 'must be at most 104'],
    [{ code: 'ok', name: 'x', hiringLeadWeeks: 1.5 }, 'hiringLeadWeeks', 'must be a whole number'],
    [{ code: 'ok', name: 'x', organisationId: '00000000-0000-0000-0000-000000000000' }, 'organisationId', 'property organisationId should not exist'],
  ])('refuses %p naming %s', async (body, name, reason) => {
    const res = await http().post('/api/v1/disciplines').set(manager).send(body).expect(400);
    expect(res.body.invalidParams).toContainEqual({ name, reason });
  });

  it('answers 409 naming the field when the code is taken', async () => {
    const res = await http().post('/api/v1/disciplines').set(manager).send({ code: 'techniek', name: 'Dubbel' }).expect(409);
    expect(res.body.invalidParams).toEqual([{ name: 'code', reason: 'must be unique within the organisation' }]);
  });

  it('lets only managers and admins change disciplines', async () => {
    await http().post('/api/v1/disciplines').set(viewer).send({ code: 'nope', name: 'Nope' }).expect(403);
  });

  it('answers 404 for another organisation’s discipline, for reads and writes alike', async () => {
    const { body } = await http().get('/api/v1/disciplines?code=juridisch').set(manager).expect(200);
    const id = body.items[0].id;
    await http().get(`/api/v1/disciplines/${id}`).set(otherManager).expect(404);
    await http().patch(`/api/v1/disciplines/${id}`).set(otherManager).send({ version: 1, name: 'Overgenomen' }).expect(404);
    await http().delete(`/api/v1/disciplines/${id}`).set(otherManager).expect(404);
    const still = await http().get(`/api/v1/disciplines/${id}`).set(manager).expect(200);
    expect(still.body.name).toBe('Juridisch adviseur');
  });

  it('refuses to sort by an unknown field', async () => {
    const res = await http().get('/api/v1/disciplines?sort=password').set(manager).expect(400);
    expect(res.body.invalidParams[0].name).toBe('sort');
  });

  it('refuses to delete a discipline still in use', async () => {
    const { body } = await http().get('/api/v1/disciplines?code=techniek').set(manager).expect(200);
    await http().delete(`/api/v1/disciplines/${body.items[0].id}`).set(manager).expect(409);
  });
});
