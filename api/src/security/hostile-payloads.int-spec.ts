import { NestExpressApplication } from '@nestjs/platform-express';
import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/create-test-app';
import { signIn } from '../../test/sign-in';

type Schema = { type?: string; format?: string; enum?: unknown[]; properties?: Record<string, Schema>; $ref?: string; items?: Schema; allOf?: Schema[] };
type Operation = { method: 'post' | 'patch' | 'put'; path: string; schema: Schema };

const RUNS_PER_OPERATION = Number(process.env.HOSTILE_RUNS ?? 40);

/** Values that are wrong for a property of this schema, whatever else holds (never null: null may be allowed). */
function wrongFor(schema: Schema): fc.Arbitrary<unknown> {
  const hostileText = fc.constantFrom(
    "'; DROP TABLE wijken; --",
    '<script>alert(1)</script>',
    '${7*7}{{7*7}}',
    '../../etc/passwd',
    '\u0000\u202e',
    'x'.repeat(100_000),
  );
  const huge = fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER * 4, 1e21);
  const obj = fc.constantFrom({ __proto__: { polluted: true } }, { constructor: { prototype: { polluted: true } } }, { $gt: '' });
  switch (schema.type) {
    case 'string':
      if (schema.enum) return fc.oneof(hostileText, fc.string().filter((s) => !schema.enum!.includes(s)), huge, obj);
      if (schema.format === 'uuid') return fc.oneof(hostileText, fc.string({ maxLength: 20 }), huge, obj, fc.constant([]));
      if (schema.format === 'date' || schema.format === 'date-time') return fc.oneof(fc.constantFrom('2026-02-30', '2026-13-01', 'morgen', '1e9', '0000-00-00'), huge, obj);
      return fc.oneof(huge, obj, fc.boolean(), fc.array(hostileText, { maxLength: 3 }));
    case 'number':
    case 'integer':
      return fc.oneof(hostileText, fc.constantFrom('12', 'NaN', 'Infinity', '0x10'), obj, fc.boolean(), fc.constant([1]));
    case 'boolean':
      return fc.oneof(fc.constantFrom('true', 'yes', 1, 0), obj);
    case 'array':
      return fc.oneof(hostileText, huge, obj);
    default:
      return fc.oneof(hostileText, huge, fc.constant([]));
  }
}

describe('hostile payloads on every write operation', () => {
  let app: NestExpressApplication;
  let admin: { Authorization: string };
  let operations: Operation[];
  const ids = new Map<string, string>();
  const http = () => request(app.getHttpServer());

  /** Row counts and last changes of every table: a rejected request must leave all of them as they were. */
  const fingerprint = async () => {
    const db = app.get(DataSource);
    const tables: { table_name: string; has_updated: boolean }[] = await db.query(
      `SELECT t.table_name, EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_name = t.table_name AND c.column_name = 'updated_at') AS has_updated
         FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_name NOT IN ('migrations', 'access_tokens') ORDER BY 1`,
    );
    const parts = await Promise.all(
      tables.map(async ({ table_name, has_updated }) => {
        const [row] = await db.query(`SELECT count(*)::text AS n${has_updated ? ', max(updated_at)::text AS u' : ''} FROM "${table_name}"`);
        return `${table_name}:${row.n}:${row.u ?? ''}`;
      }),
    );
    return parts.join('|');
  };

  beforeAll(async () => {
    app = await createTestApp();
    admin = await signIn(app, 'beheer@demodam.example');
    const doc = (await http().get('/api/v1/openapi.json').expect(200)).body;
    const resolve = (s: Schema): Schema => {
      if (s.$ref) return resolve(doc.components.schemas[s.$ref.split('/').pop()!]);
      if (s.allOf) return s.allOf.map(resolve).reduce((a, b) => ({ ...a, ...b, properties: { ...a.properties, ...b.properties } }), {});
      return s;
    };
    operations = Object.entries(doc.paths as Record<string, Record<string, { requestBody?: { content?: Record<string, { schema: Schema }> } }>>).flatMap(
      ([path, item]) =>
        (['post', 'patch', 'put'] as const)
          .filter((m) => item[m]?.requestBody?.content?.['application/json'])
          .map((method) => ({ method, path, schema: resolve(item[method]!.requestBody!.content!['application/json'].schema) })),
    );
    for (const collection of new Set(operations.filter((o) => o.path.includes('{id}')).map((o) => o.path.slice(0, o.path.indexOf('/{id}'))))) {
      const list = await http().get(`/api/v1${collection}?pageSize=1`).set(admin);
      if (list.status === 200 && list.body.items?.[0]) ids.set(collection, list.body.items[0].id);
    }
  });
  afterAll(() => app.close());

  it('covers the write operations of the API', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it('answers every invalid body with a 4xx problem, never a 5xx or a 2xx, and writes nothing', async () => {
    const failures: string[] = [];
    for (const op of operations) {
      const collection = op.path.includes('{id}') ? op.path.slice(0, op.path.indexOf('/{id}')) : null;
      const id = collection ? ids.get(collection) : undefined;
      if (collection && !id) continue;
      const url = `/api/v1${op.path.replace('{id}', id ?? '').replace(/\{[^}]+\}/g, 'x')}`;
      const props = Object.entries(op.schema.properties ?? {});
      // Invalid by construction: a property with a value of the wrong kind, an unknown or polluting key, or no object at all.
      const body = fc.oneof(
        props.length
          ? fc.constantFrom(...props).chain(([name, schema]) => wrongFor(schema).map((value) => JSON.stringify({ version: 1, [name]: value })))
          : fc.constant('{"unknownField":1}'),
        fc.constantFrom('{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"isAdmin":true}}}', '{"unknown; DROP TABLE users":1}'),
        fc.constantFrom('[]', '"text"', '42', 'null', '{', '{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}'),
      );
      const before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          const res = await (http() as unknown as Record<string, (u: string) => request.Test>)[op.method](url)
            .set(admin)
            .set('Content-Type', 'application/json')
            .send(payload);
          if (res.status >= 500 || res.status < 400) {
            failures.push(`${op.method.toUpperCase()} ${op.path} ${payload.slice(0, 120)} → ${res.status}`);
            return false;
          }
          return /^application\/problem\+json/.test(res.headers['content-type'] ?? '');
        }),
        { numRuns: RUNS_PER_OPERATION, seed: 20261125, endOnFailure: true },
      ).catch((e) => failures.push(`${op.method.toUpperCase()} ${op.path}: ${String(e.message).split('\n')[0]}`));
      if ((await fingerprint()) !== before) failures.push(`${op.method.toUpperCase()} ${op.path}: the database changed`);
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
