import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../../test/create-test-app';

describe('OpenAPI', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('publishes the document generated from the code at /api/v1/openapi.json', async () => {
    const res = await request(app.getHttpServer()).get('/api/v1/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.servers).toEqual([{ url: '/api/v1', description: 'This installation' }]);
    expect(res.body.info.contact).toMatchObject({ name: 'Wijkkracht', email: 'api@wijkkracht.example' });
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/health', '/auth/login', '/auth/me', '/auth/logout']));
  });

  it('serves the docs page at /api/docs', async () => {
    const res = await request(app.getHttpServer()).get('/api/docs').redirects(1).expect(200);
    expect(res.text).toContain('swagger');
  });

  it('answers unknown API paths with problem+json 404', async () => {
    const res = await request(app.getHttpServer()).get('/api/v1/does-not-exist').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
