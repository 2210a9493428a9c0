import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../../test/create-test-app';
import { describeResourceContract } from '../../test/resource-contract';
import { signIn } from '../../test/sign-in';

let day = 1;
describeResourceContract({
  path: 'assignments',
  readOnlyUser: 'raad@demodam.example',
  validBody: async ({ first }) => ({
    staffMemberId: (await first('staff-members', 'sort=name')).id,
    taskId: (await first('tasks', 'sort=sequence')).id,
    hoursPerWeek: 8,
    startDate: `2027-02-${String(day++).padStart(2, '0')}`,
    endDate: '2027-06-30',
  }),
  change: { hoursPerWeek: 12 },
  invalid: [
    [{ hoursPerWeek: 0 }, 'hoursPerWeek', 'must be at least 0.25'],
    [{ endDate: '2026-01-01' }, 'endDate', 'must be on or after startDate'],
    [{ locked: 'yes' }, 'locked', 'must be true or false'],
    [{ taskId: '00000000-0000-4000-8000-000000000000' }, 'taskId', 'must refer to an existing tasks record of your organisation'],
  ],
});

describe('team leads assign within their team', () => {
  let app: NestExpressApplication;
  const http = () => request(app.getHttpServer());
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('lets the lead of Wijkaanpak assign its members, and nobody from another team', async () => {
    const manager = await signIn(app, 'manager@demodam.example');
    const lead = await signIn(app, 'teamlead@demodam.example');
    const teams = await http().get('/api/v1/teams').set(manager).expect(200);
    const teamId = (name: string) => teams.body.items.find((t: { name: string }) => t.name === name).id;
    const member = (await http().get(`/api/v1/staff-members?teamId=${teamId('Wijkaanpak')}`).set(manager).expect(200)).body.items[0];
    const outsider = (await http().get(`/api/v1/staff-members?teamId=${teamId('Techniek en ruimte')}`).set(manager).expect(200)).body.items[0];
    const task = (await http().get('/api/v1/tasks?pageSize=1').set(manager).expect(200)).body.items[0];
    const body = { taskId: task.id, hoursPerWeek: 4, startDate: '2028-01-03', endDate: '2028-03-31' };
    const created = await http().post('/api/v1/assignments').set(lead).send({ ...body, staffMemberId: member.id }).expect(201);
    const refused = await http().post('/api/v1/assignments').set(lead).send({ ...body, staffMemberId: outsider.id }).expect(403);
    expect(refused.body.invalidParams).toEqual([{ name: 'staffMemberId', reason: 'must be a member of a team you lead' }]);
    await http().patch(`/api/v1/assignments/${created.body.id}`).set(lead).send({ version: 1, staffMemberId: outsider.id }).expect(403);
    await http().delete(`/api/v1/assignments/${created.body.id}`).set(lead).expect(204);
  });
});
