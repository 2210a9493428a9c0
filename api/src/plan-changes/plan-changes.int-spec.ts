import { getQueueToken } from '@nestjs/bullmq';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Queue } from 'bullmq';
import request from 'supertest';
import { createTestApp } from '../../test/create-test-app';
import { signIn } from '../../test/sign-in';
import { QUEUES } from '../jobs/queue-names';

describe('a change of the plan of record schedules one debounced re-forecast', () => {
  let app: NestExpressApplication;
  afterAll(() => app.close());

  it('after a burst of edits there is one waiting re-forecast for the organisation', async () => {
    app = await createTestApp({ QUEUE_PREFIX: `planchange_${Date.now()}` });
    const manager = await signIn(app, 'manager@voorbeeldstad.example');
    const http = () => request(app.getHttpServer());
    const me = (await http().get('/api/v1/auth/me').set(manager).expect(200)).body;
    for (let i = 0; i < 3; i++) {
      await http().post('/api/v1/teams').set(manager).send({ name: `Tijdelijk team ${Date.now()}-${i}` }).expect(201);
    }
    const queue = app.get<Queue>(getQueueToken(QUEUES.forecasts));
    const waiting = (await queue.getDelayed()).filter((job) => job.data?.organisationId === me.organisation.id);
    expect(waiting).toHaveLength(1);
    expect(waiting[0].data).toMatchObject({ trigger: 'plan-change' });
    await queue.obliterate({ force: true });
  });
});
