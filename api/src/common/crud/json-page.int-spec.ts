import { NestExpressApplication } from '@nestjs/platform-express';
import { ModulesContainer } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../../test/create-test-app';
import type { Principal } from '../../auth/principal';
import { jsonPageBody } from './json-page';
import { TenantCrudService } from './tenant-crud.service';

/**
 * The list endpoints answer pages rendered by PostgreSQL (listJson); they must equal, field for
 * field and row for row, the JSON of the entities TypeORM loads (list) — for every resource, every
 * sort order and a page other than the first.
 */
describe('JSON pages rendered by PostgreSQL', () => {
  let app: NestExpressApplication;
  let services: TenantCrudService<never>[];
  let principal: Principal;

  beforeAll(async () => {
    app = await createTestApp();
    const providers = [...app.get(ModulesContainer).values()].flatMap((m) => [...m.providers.values()]);
    services = [...new Set(providers.map((p) => p.instance).filter((i): i is TenantCrudService<never> => i instanceof TenantCrudService))];
    const [admin] = await app
      .get(DataSource)
      .query(`SELECT id, organisation_id FROM users WHERE email = 'beheer@demodam.example'`);
    principal = { userId: admin.id, organisationId: admin.organisation_id, role: 'admin', tokenId: 'test' } as Principal;
  });

  afterAll(() => app.close());

  it('covers every plan resource', () => {
    expect(services.length).toBeGreaterThanOrEqual(10);
  });

  it('renders each resource exactly as its entities serialise, in every sort order', async () => {
    const compared: string[] = [];
    for (const service of services) {
      const sortable = (service as unknown as { sortable: readonly string[] }).sortable;
      const queries = [{}, { page: 2, pageSize: 7 }, ...sortable.flatMap((f) => [{ sort: f, pageSize: 200 }, { sort: `-${f}`, pageSize: 11, page: 2 }])];
      for (const query of queries) {
        const expected = JSON.parse(JSON.stringify(await service.list(principal, query)));
        const actual = JSON.parse(jsonPageBody(await service.listJson(principal, query)));
        expect({ service: service.constructor.name, query, page: actual }).toEqual({ service: service.constructor.name, query, page: expected });
      }
      compared.push(service.constructor.name);
    }
    expect(compared).toEqual(expect.arrayContaining(['WijkenService', 'TasksService', 'StaffMembersService']));
  });

  it('scopes pages to the organisation', async () => {
    const other = { ...principal, organisationId: '00000000-0000-4000-8000-000000000000' };
    for (const service of services) {
      expect(JSON.parse(jsonPageBody(await service.listJson(other, {})))).toEqual({ items: [], page: 1, pageSize: 50, total: 0 });
    }
  });
});
