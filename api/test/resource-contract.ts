import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from './create-test-app';
import { signIn } from './sign-in';

type Body = Record<string, unknown>;
type Headers = { Authorization: string };

export interface ResourceContract {
  /** Path under /api/v1, e.g. `staff-members`. */
  path: string;
  /** A valid body for the Demodam programme manager; may look up ids through the API. */
  validBody: (api: ContractApi) => Promise<Body>;
  /** One field change that a writer may make. */
  change: Body;
  /** Bodies that break one rule each: [body changes on top of validBody, field, reason]. */
  invalid: [Body, string, string][];
  /** A role of Demodam that may read but not write (403 on create), if there is one. */
  readOnlyUser?: string;
  /** A role that may not even read (403 on list), if any. */
  noReadUser?: string;
  /** Who writes (default the Demodam programme manager). */
  asUser?: string;
}

export interface ContractApi {
  http: () => request.Agent;
  manager: Headers;
  /** The first item of a list, e.g. `first('disciplines', 'code=techniek')`. */
  first: (path: string, query?: string) => Promise<Body & { id: string }>;
}

/**
 * The promises every plan resource keeps (issue 4): the happy path, each validation rule, a stale
 * version, roles, and another organisation's manager who gets 404 for everything and changes nothing.
 */
export function describeResourceContract(c: ResourceContract): void {
  describe(`/api/v1/${c.path} keeps the resource contract`, () => {
    let app: NestExpressApplication;
    let api: ContractApi;
    let other: Headers;
    const url = `/api/v1/${c.path}`;

    beforeAll(async () => {
      app = await createTestApp();
      const http = () => request(app.getHttpServer()) as unknown as request.Agent;
      const manager = await signIn(app, c.asUser ?? 'manager@demodam.example');
      api = {
        http,
        manager,
        first: async (path, query = '') => {
          const res = await http().get(`/api/v1/${path}?${query}`).set(manager).expect(200);
          return res.body.items[0];
        },
      };
      other = await signIn(app, (c.asUser ?? 'manager@demodam.example').replace('demodam', 'voorbeeldstad'));
    });
    afterAll(() => app.close());

    it('creates, reads, lists, updates with the current version and deletes', async () => {
      const body = await c.validBody(api);
      const created = await api.http().post(url).set(api.manager).send(body).expect(201);
      expect(created.body).toMatchObject({ ...body, version: 1 });
      const { id } = created.body;
      await api.http().get(`${url}/${id}`).set(api.manager).expect(200);
      const list = await api.http().get(`${url}?pageSize=200`).set(api.manager).expect(200);
      expect(list.body.items.map((i: Body) => i.id)).toContain(id);
      const updated = await api.http().patch(`${url}/${id}`).set(api.manager).send({ version: 1, ...c.change }).expect(200);
      expect(updated.body).toMatchObject({ ...c.change, version: 2 });
      await api.http().delete(`${url}/${id}?version=2`).set(api.manager).expect(204);
      await api.http().get(`${url}/${id}`).set(api.manager).expect(404);
    });

    it('answers 409 to a stale version and changes nothing', async () => {
      const { body } = await api.http().post(url).set(api.manager).send(await c.validBody(api)).expect(201);
      await api.http().patch(`${url}/${body.id}`).set(api.manager).send({ version: 1, ...c.change }).expect(200);
      const stale = await api.http().patch(`${url}/${body.id}`).set(api.manager).send({ version: 1 }).expect(409);
      expect(stale.body.invalidParams).toEqual([{ name: 'version', reason: 'must equal the current version 2' }]);
      await api.http().delete(`${url}/${body.id}?version=1`).set(api.manager).expect(409);
      await api.http().get(`${url}/${body.id}`).set(api.manager).expect(200);
    });

    it.each(c.invalid)('refuses %p naming %s: %s', async (change, name, reason) => {
      const before = await api.http().get(`${url}?pageSize=1`).set(api.manager).expect(200);
      const res = await api.http().post(url).set(api.manager).send({ ...(await c.validBody(api)), ...change }).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.invalidParams).toContainEqual({ name, reason });
      const after = await api.http().get(`${url}?pageSize=1`).set(api.manager).expect(200);
      expect(after.body.total).toBe(before.body.total);
    });

    it('refuses unknown fields', async () => {
      const res = await api.http().post(url).set(api.manager).send({ ...(await c.validBody(api)), __proto__x: 1, organisationId: 'x' }).expect(400);
      expect(res.body.invalidParams.map((p: Body) => p.name)).toEqual(expect.arrayContaining(['organisationId']));
    });

    if (c.readOnlyUser) {
      it('lets a read-only role read but not write', async () => {
        const readOnly = await signIn(app, c.readOnlyUser!);
        await api.http().get(url).set(readOnly).expect(200);
        await api.http().post(url).set(readOnly).send(await c.validBody(api)).expect(403);
      });
    }

    if (c.noReadUser) {
      it('keeps it from roles that may not read it', async () => {
        const h = await signIn(app, c.noReadUser!);
        await api.http().get(url).set(h).expect(403);
      });
    }

    it('answers 404 to another organisation for every operation and changes nothing', async () => {
      const { body } = await api.http().post(url).set(api.manager).send(await c.validBody(api)).expect(201);
      await api.http().get(`${url}/${body.id}`).set(other).expect(404);
      await api.http().patch(`${url}/${body.id}`).set(other).send({ version: 1, ...c.change }).expect(404);
      await api.http().delete(`${url}/${body.id}`).set(other).expect(404);
      const list = await api.http().get(`${url}?pageSize=200`).set(other).expect(200);
      expect(list.body.items.map((i: Body) => i.id)).not.toContain(body.id);
      const mine = await api.http().get(`${url}/${body.id}`).set(api.manager).expect(200);
      expect(mine.body).toEqual(body);
    });

    it('answers 400 to an id that is not a UUID', async () => {
      await api.http().get(`${url}/not-a-uuid`).set(api.manager).expect(400);
    });
  });
}
