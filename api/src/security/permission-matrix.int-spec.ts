import { NestExpressApplication } from '@nestjs/platform-express';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES, grantableTokenRoles } from '@wijkkracht/contracts';
import { createTestApp } from '../../test/create-test-app';
import { permissionMatrix, permissionMatrixMarkdown } from '../auth/permission-matrix';

const SECURITY_MD = join(__dirname, '../../../SECURITY.md');
const BEGIN = '<!-- permission-matrix:begin -->';
const END = '<!-- permission-matrix:end -->';

describe('the documented permission matrix', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('is the one the guards enforce (SECURITY.md is generated from the routes: UPDATE_SECURITY_MD=1 npx jest permission-matrix)', () => {
    const table = permissionMatrixMarkdown(permissionMatrix(app));
    const doc = readFileSync(SECURITY_MD, 'utf8');
    const documented = doc.slice(doc.indexOf(BEGIN) + BEGIN.length, doc.indexOf(END)).trim();
    if (process.env.UPDATE_SECURITY_MD && documented !== table) {
      writeFileSync(SECURITY_MD, `${doc.slice(0, doc.indexOf(BEGIN) + BEGIN.length)}\n${table}\n${doc.slice(doc.indexOf(END))}`);
      return;
    }
    expect(documented).toBe(table);
  });

  it('lets council viewers change nothing of the plan', () => {
    const writes = permissionMatrix(app).filter((p) => p.method !== 'GET' && p.roles !== 'public' && p.roles.includes('viewer'));
    // What a viewer may "write" is their own: signing out, their calendar subscription links and their API tokens.
    expect(writes.map((p) => `${p.method} ${p.path}`).sort()).toEqual([
      'DELETE /api-tokens/{id}',
      'DELETE /calendar-feeds/{id}',
      'POST /api-tokens',
      'POST /auth/logout',
      'POST /calendar-feeds',
    ]);
  });

  it('lets a user give an API token only a role that may do part of what their own may', () => {
    const allowed = (role: string) =>
      new Set(permissionMatrix(app).filter((p) => p.roles === 'public' || (p.roles as string[]).includes(role)).map((p) => `${p.method} ${p.path}`));
    const beyond: string[] = [];
    for (const role of ROLES) {
      const own = allowed(role);
      for (const tokenRole of grantableTokenRoles(role)) {
        for (const op of allowed(tokenRole)) if (!own.has(op)) beyond.push(`${role} → ${tokenRole}: ${op}`);
      }
    }
    expect(beyond).toEqual([]);
    expect(grantableTokenRoles('admin')).toEqual(ROLES);
  });
});
