import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DEMO_PASSWORD } from '../src/seed/seed-demo';

/** Signs in as a demo account of this test run's seeded database and returns the bearer header. */
export async function signIn(app: INestApplication, email: string): Promise<{ Authorization: string }> {
  const res = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return { Authorization: `Bearer ${res.body.accessToken}` };
}
