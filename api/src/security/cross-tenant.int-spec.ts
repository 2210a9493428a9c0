import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../../test/create-test-app';
import { signIn } from '../../test/sign-in';

type Operation = { method: string; path: string };

/**
 * Walks every operation of the OpenAPI document that addresses one resource by id, as a manager
 * and as an admin of Voorbeeldstad with the ids of Demodam's resources: every answer is 404 (the
 * resource does not exist for them), and afterwards Demodam's resources are exactly as before.
 */
describe('another organisation gets 404 for everything of ours, on every operation, and changes nothing', () => {
  let app: NestExpressApplication;
  const http = () => request(app.getHttpServer());
  let operations: Operation[];
  const ownIds = new Map<string, string>();
  let owner: { Authorization: string };

  beforeAll(async () => {
    app = await createTestApp();
    owner = await signIn(app, 'beheer@demodam.example');
    const ownerManager = await signIn(app, 'manager@demodam.example');
    const doc = (await http().get('/api/v1/openapi.json').expect(200)).body;
    operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => ['get', 'post', 'patch', 'put', 'delete'].includes(m))
        .map((method) => ({ method, path })),
    ).filter((o) => o.path.includes('{id}'));
    for (const collection of new Set(operations.map((o) => o.path.slice(0, o.path.indexOf('/{id}'))))) {
      const list = await http().get(`/api/v1${collection}?pageSize=1`).set(owner);
      let id = list.status === 200 ? list.body.items?.[0]?.id : undefined;
      if (!id && collection === '/baselines') {
        id = (await http().post('/api/v1/baselines').set(ownerManager).send({ name: 'Cross-tenant' }).expect(201)).body.id;
      }
      if (!id && collection === '/assignments') {
        const staff = (await http().get('/api/v1/staff-members?pageSize=1').set(ownerManager).expect(200)).body.items[0];
        const task = (await http().get('/api/v1/tasks?pageSize=1').set(ownerManager).expect(200)).body.items[0];
        id = (
          await http()
            .post('/api/v1/assignments')
            .set(ownerManager)
            .send({ staffMemberId: staff.id, taskId: task.id, hoursPerWeek: 4, startDate: '2027-01-04', endDate: '2027-03-26' })
            .expect(201)
        ).body.id;
      }
      if (!id && collection === '/scenarios') {
        id = (await http().post('/api/v1/scenarios').set(ownerManager).send({ name: 'Cross-tenant' }).expect(201)).body.id;
      }
      if (!id && (collection === '/levelling-runs' || collection === '/advice-runs')) {
        // Started and cancelled at once: a cancelled run never changes, so "before" and "after" compare.
        id = (await http().post(`/api/v1${collection}`).set(ownerManager).send({ seed: 424242 }).expect(202)).body.id;
        await http().post(`/api/v1${collection}/${id}/cancel`).set(ownerManager);
      }
      if (!id && collection === '/calendar-feeds') {
        id = (await http().post('/api/v1/calendar-feeds').set(ownerManager).send({ name: 'Cross-tenant' }).expect(201)).body.id;
      }
      if (!id && collection === '/api-tokens') {
        id = (await http().post('/api/v1/api-tokens').set(ownerManager).send({ name: 'Cross-tenant' }).expect(201)).body.id;
      }
      if (id) ownIds.set(collection, id);
    }
  });
  afterAll(() => app.close());

  it('finds an id of ours for every collection addressed by id', () => {
    const collections = new Set(operations.map((o) => o.path.slice(0, o.path.indexOf('/{id}'))));
    const missing = [...collections].filter((c) => !ownIds.has(c) && c !== '/forecasts');
    expect(missing).toEqual([]);
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(['manager@voorbeeldstad.example', 'beheer@voorbeeldstad.example'])('as %s', async (intruder) => {
    const them = await signIn(app, intruder);
    const read = async () =>
      Promise.all([...ownIds].map(async ([collection, id]) => (await http().get(`/api/v1${collection}/${id}`).set(owner)).body));
    const before = await read();
    const answers: string[] = [];
    for (const op of operations) {
      const collection = op.path.slice(0, op.path.indexOf('/{id}'));
      const id = ownIds.get(collection);
      if (!id) continue;
      const call = (resourceId: string) =>
        (http() as unknown as Record<string, (u: string) => request.Test>)
          [op.method](`/api/v1${op.path.replace('{id}', resourceId).replace(/\{[^}]+\}/g, 'x')}`)
          .set(them)
          .send(op.method === 'get' || op.method === 'delete' ? undefined : { version: 1 });
      const res = await call(id);
      // 404: not theirs; 403 where their role may not do this at all. Any other answer must be exactly
      // what an id that exists nowhere gets (e.g. 400 for a body checked first): then nothing leaks.
      if (res.status !== 404 && res.status !== 403) {
        const nowhere = await call('00000000-0000-4000-8000-000000000000');
        if (nowhere.status !== res.status || nowhere.body.detail !== res.body.detail) {
          answers.push(`${op.method.toUpperCase()} ${op.path} → ${res.status}, for an unknown id ${nowhere.status}`);
        }
      }
    }
    expect(answers).toEqual([]);
    expect(await read()).toEqual(before);
  });
});
