import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../../test/create-test-app';
import { signIn } from '../../test/sign-in';

describe('sign-in throttling', () => {
  let app: NestExpressApplication;
  const http = () => request(app.getHttpServer());
  afterEach(() => app.close());

  it('locks an account after five failures, progressively, and says when to retry', async () => {
    app = await createTestApp();
    const admin = await signIn(app, 'beheer@voorbeeldstad.example');
    const email = `slot-${Date.now()}@voorbeeldstad.example`;
    await http().post('/api/v1/users').set(admin).send({ email, name: 'Slot', role: 'viewer', password: 'het-goede-wachtwoord' }).expect(201);
    for (let i = 0; i < 5; i++) await http().post('/api/v1/auth/login').send({ email, password: 'fout' }).expect(401);
    const locked = await http().post('/api/v1/auth/login').send({ email, password: 'het-goede-wachtwoord' }).expect(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(25);
    expect(locked.body.detail).toMatch(/^Te veel mislukte pogingen voor dit account\. Probeer het over \d+ seconden opnieuw\.$/);
    // Another account is not affected.
    await http().post('/api/v1/auth/login').send({ email: 'raad@voorbeeldstad.example', password: 'wijkkracht-demo' }).expect(200);
  });

  it('limits the sign-ins one address may try per minute', async () => {
    app = await createTestApp({ SIGNIN_LIMIT_PER_MINUTE: '3', QUEUE_PREFIX: `throttle_${Date.now()}` });
    for (let i = 0; i < 3; i++) await http().post('/api/v1/auth/login').send({ email: `niemand${i}@example.org`, password: 'x' }).expect(401);
    const res = await http().post('/api/v1/auth/login').send({ email: 'niemand@example.org', password: 'x' }).expect(429);
    expect(res.body.detail).toMatch(/vanaf dit adres/);
  });
});
