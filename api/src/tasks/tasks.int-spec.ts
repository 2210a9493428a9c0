import { NestExpressApplication } from '@nestjs/platform-express';
import { DEFAULT_WUP_TEMPLATE } from '@wijkkracht/planning';
import request from 'supertest';
import { createTestApp } from '../../test/create-test-app';
import { describeResourceContract } from '../../test/resource-contract';
import { signIn } from '../../test/sign-in';

describeResourceContract({
  path: 'tasks',
  readOnlyUser: 'medewerker@demodam.example',
  validBody: async ({ first }) => ({
    wijkId: (await first('wijken', 'sort=name')).id,
    phase: 'participatie',
    name: 'Extra bewonersavond',
    disciplineId: (await first('disciplines', 'code=participatie')).id,
    effortOptimistic: 20,
    effortHours: 30,
    effortPessimistic: 60,
    minDurationWeeks: 2,
    maxDurationWeeks: 6,
  }),
  change: { effortHours: 40, pinnedStart: '2027-03-01' },
  invalid: [
    [{ effortHours: -1 }, 'effortHours', 'must be at least 0'],
    [{ effortHours: 10 }, 'effortHours', 'must be at least effortOptimistic'],
    [{ effortPessimistic: 25 }, 'effortPessimistic', 'must be at least effortHours'],
    [{ maxDurationWeeks: 1 }, 'maxDurationWeeks', 'must be at least minDurationWeeks and at most 1300'],
    [{ minDurationWeeks: 2.5 }, 'minDurationWeeks', 'must be a whole number'],
    [{ pinnedEnd: '2027-01-01' }, 'pinnedEnd', 'needs pinnedStart and must be on or after it'],
    [{ status: 'stuck' }, 'status', 'must be one of planned, in_progress, done, cancelled'],
    [{ wijkId: '00000000-0000-4000-8000-000000000000' }, 'wijkId', 'must refer to an existing wijken record of your organisation'],
  ],
});

describeResourceContract({
  path: 'milestones',
  readOnlyUser: 'raad@demodam.example',
  validBody: async ({ first }) => ({ wijkId: (await first('wijken', 'sort=name')).id, name: 'Informatieavond netbeheerder', kind: 'other', deadline: '2027-06-30' }),
  change: { deadline: '2027-09-30' },
  invalid: [
    [{ kind: 'party' }, 'kind', 'must be one of council_decision, wup_adopted, gas_free, other'],
    [{ deadline: '2027-06-31' }, 'deadline', 'must be a date that exists'],
    [{ taskId: '00000000-0000-4000-8000-000000000000' }, 'taskId', 'must be a task of the same wijk'],
  ],
});

describe('task dependencies and progress', () => {
  let app: NestExpressApplication;
  let manager: { Authorization: string };
  const http = () => request(app.getHttpServer());
  const tasksOf = async (wijkName: string) => {
    const wijken = await http().get('/api/v1/wijken?pageSize=200').set(manager).expect(200);
    const wijk = wijken.body.items.find((w: { name: string }) => w.name === wijkName);
    const res = await http().get(`/api/v1/tasks?wijkId=${wijk.id}&pageSize=200&sort=sequence`).set(manager).expect(200);
    return Object.fromEntries(res.body.items.map((t: { templateKey: string }) => [t.templateKey, t])) as Record<string, { id: string; version: number }>;
  };
  beforeAll(async () => {
    app = await createTestApp();
    manager = await signIn(app, 'manager@demodam.example');
  });
  afterAll(() => app.close());

  it('refuses a dependency that closes a cycle, naming it, and adds one that does not', async () => {
    const t = await tasksOf('Bomenbuurt');
    // raadsbesluit already (indirectly) waits for wijkanalyse: the reverse would close a circle.
    const res = await http().post('/api/v1/task-dependencies').set(manager).send({ predecessorId: t['raadsbesluit'].id, successorId: t['wijkanalyse'].id }).expect(400);
    expect(res.body.invalidParams[0].name).toBe('successorId');
    expect(res.body.invalidParams[0].reason).toMatch(/^would close a cycle: /);
    await http().post('/api/v1/task-dependencies').set(manager).send({ predecessorId: t['enquete'].id, successorId: t['klankbordgroep'].id, lagWeeks: 2 }).expect(201);
    const self = await http().post('/api/v1/task-dependencies').set(manager).send({ predecessorId: t['enquete'].id, successorId: t['enquete'].id }).expect(400);
    expect(self.body.invalidParams[0].name).toBe('successorId');
  });

  it('lists the dependencies into and out of a task', async () => {
    const t = await tasksOf('Vogelwijk');
    const res = await http().get(`/api/v1/task-dependencies?taskId=${t['projectplan'].id}&pageSize=200`).set(manager).expect(200);
    // projectplan waits for 2 tasks and 8 tasks wait for it.
    expect(res.body.total).toBe(10);
  });

  it('lists the dependencies of a whole wijk at once', async () => {
    const wijken = await http().get('/api/v1/wijken?pageSize=200').set(manager).expect(200);
    const vogelwijk = wijken.body.items.find((w: { name: string }) => w.name === 'Vogelwijk');
    const res = await http().get(`/api/v1/task-dependencies?wijkId=${vogelwijk.id}&pageSize=200`).set(manager).expect(200);
    const templateLinks = DEFAULT_WUP_TEMPLATE.phases.flatMap((p) => p.tasks).reduce((n, t) => n + t.dependsOn.length, 0);
    expect(res.body.total).toBe(templateLinks);
  });

  it('lists the tasks nobody is assigned to', async () => {
    const all = (await http().get('/api/v1/tasks?pageSize=1').set(manager).expect(200)).body.total;
    const open = (await http().get('/api/v1/tasks?unassigned=true&pageSize=1').set(manager).expect(200)).body.total;
    const assigned = (await http().get('/api/v1/tasks?unassigned=false&pageSize=1').set(manager).expect(200)).body.total;
    expect(open + assigned).toBe(all);
    await http().get('/api/v1/tasks?unassigned=maybe').set(manager).expect(400);
  });

  it('lets staff update the progress of the tasks they are assigned to, and only those', async () => {
    const t = await tasksOf('Havenkwartier');
    const staff = await http().get('/api/v1/staff-members?pageSize=200').set(manager).expect(200);
    const me = await signIn(app, 'medewerker@demodam.example');
    const meUser = await http().get('/api/v1/auth/me').set(me).expect(200);
    const mine = staff.body.items.find((s: { userId: string }) => s.userId === meUser.body.id);
    await http()
      .post('/api/v1/assignments')
      .set(manager)
      .send({ staffMemberId: mine.id, taskId: t['klankbordgroep'].id, hoursPerWeek: 6, startDate: '2026-01-05', endDate: '2026-12-18' })
      .expect(201);
    const ok = await http().patch(`/api/v1/tasks/${t['klankbordgroep'].id}/progress`).set(me).send({ version: t['klankbordgroep'].version, hoursSpent: 120, status: 'in_progress' }).expect(200);
    expect(ok.body).toMatchObject({ hoursSpent: 120, status: 'in_progress' });
    await http().patch(`/api/v1/tasks/${t['tracés'].id}/progress`).set(me).send({ version: t['tracés'].version, hoursSpent: 1 }).expect(403);
    await http().patch(`/api/v1/tasks/${t['tracés'].id}`).set(me).send({ version: t['tracés'].version, name: 'Mijn taak' }).expect(403);
    const viewer = await signIn(app, 'raad@demodam.example');
    await http().patch(`/api/v1/tasks/${t['klankbordgroep'].id}/progress`).set(viewer).send({ version: 2, hoursSpent: 1 }).expect(403);
  });
});
