import { NestExpressApplication } from '@nestjs/platform-express';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { createTestApp } from '../../test/create-test-app';

// The NL API Design Rules ruleset for Spectral, kept beside the repository (../shared/adr).
const RULESET = resolve(__dirname, '../../../../shared/adr/adr-ruleset.yaml');
const SPECTRAL = resolve(__dirname, '../../../node_modules/@stoplight/spectral-cli/dist/index.js');

describe('the OpenAPI document follows the NL API Design Rules', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('lints with Spectral and the ADR ruleset with no errors', async () => {
    expect(existsSync(RULESET)).toBe(true);
    const doc = await request(app.getHttpServer()).get('/api/v1/openapi.json').expect(200);
    const file = join(mkdtempSync(join(tmpdir(), 'wk-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(doc.body));
    const out = await promisify(execFile)(process.execPath, [SPECTRAL, 'lint', '-r', RULESET, '-f', 'json', '--quiet', '--fail-severity', 'error', file], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((e: { stdout: string }) => e);
    const results: { severity: number; code: string; path: string[] }[] = JSON.parse(out.stdout || '[]');
    const errors = results.filter((r) => r.severity === 0).map((r) => `${r.code} at ${r.path.join('.')}`);
    expect(errors).toEqual([]);
  });

  it('sends the API-Version header it documents', async () => {
    const res = await request(app.getHttpServer()).get('/api/v1/health').expect(200);
    expect(res.headers['api-version']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
