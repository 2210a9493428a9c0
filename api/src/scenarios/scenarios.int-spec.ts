import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createTestApp } from '../../test/create-test-app';
import { describeResourceContract } from '../../test/resource-contract';
import { signIn } from '../../test/sign-in';

let n = 0;
describeResourceContract({
  path: 'scenarios',
  readOnlyUser: 'raad@demodam.example',
  validBody: async ({ first }) => ({
    name: `Scenario ${n++} ${Date.now()}`,
    overrides: { shiftStarts: [{ wijkId: (await first('wijken', 'sort=name')).id, weeks: 26 }] },
  }),
  change: { description: 'Een half jaar later beginnen' },
  invalid: [
    [{ name: '' }, 'name', 'must be 1–200 characters'],
    [{ overrides: { shiftStarts: [{ wijkId: 'x', weeks: 2 }] } }, 'overrides.shiftStarts.0.wijkId', 'must be a UUID'],
    [{ overrides: { shiftStarts: [{ wijkId: '00000000-0000-4000-8000-000000000000', weeks: 2 }] } }, 'overrides.shiftStarts[0].wijkId', 'must refer to an existing record of your organisation'],
    [{ overrides: { programmeShare: [{ staffMemberId: '00000000-0000-4000-8000-000000000000', share: 2 }] } }, 'overrides.programmeShare.0.share', 'must be at most 1'],
    [{ overrides: { addWijken: [{ name: 'X' }] } }, 'overrides.addWijken.0.cbsCode', 'must be a CBS wijk code: WK and six digits'],
    [{ overrides: { shiftStarts: 'soon' } }, 'overrides.shiftStarts', 'must be a list'],
    [
      { overrides: { addStaff: [{ name: 'Inhuur', primaryDisciplineId: '00000000-0000-4000-8000-000000000000', contractHours: 36, programmeShare: 1, employmentType: 'external', startDate: '2027-01-01' }] } },
      'overrides.addStaff.0.hourlyRate',
      'is required for external staff (inhuur)',
    ],
  ],
});

describe('scenarios on top of the plan of record', () => {
  let app: NestExpressApplication;
  let manager: { Authorization: string };
  const http = () => request(app.getHttpServer());
  beforeAll(async () => {
    app = await createTestApp();
    manager = await signIn(app, 'manager@voorbeeldstad.example');
  });
  afterAll(() => app.close());

  it('shows the plan as the scenario sees it without changing the plan, and promotes it in one step', async () => {
    // A wijk of this test's own, so the seeded plan stays as the seed made it for other suites.
    const veen = (
      await http()
        .post('/api/v1/wijken')
        .set(manager)
        .send({ name: 'Scenariowijk', cbsCode: 'WK990298', homes: 700, wave: 0, strategy: 'all_electric', plannedStart: '2025-04-01', targetDate: '2030-12-31' })
        .expect(201)
    ).body;
    const staff = (await http().get('/api/v1/staff-members?sort=name&pageSize=200').set(manager).expect(200)).body.items;
    const disciplines = (await http().get('/api/v1/disciplines?code=participatie').set(manager).expect(200)).body.items;
    const { body: scenario } = await http()
      .post('/api/v1/scenarios')
      .set(manager)
      .send({
        name: 'Later starten, extra participatie',
        overrides: {
          shiftStarts: [{ wijkId: veen.id, weeks: 52 }],
          addStaff: [{ name: 'Nieuwe participatiemanager', primaryDisciplineId: disciplines[0].id, contractHours: 36, programmeShare: 0.8, employmentType: 'temporary', startDate: '2027-07-01' }],
          programmeShare: [{ staffMemberId: staff[0].id, share: 0.5 }],
          addWijken: [{ name: 'Extra tranche', cbsCode: 'WK990299', homes: 600, wave: 2, strategy: 'hybrid', participationIntensity: 1, plannedStart: '2031-01-01', targetDate: '2040-12-31' }],
        },
      })
      .expect(201);

    const view = await http().get(`/api/v1/scenarios/${scenario.id}/plan`).set(manager).expect(200);
    const veenThere = view.body.wijken.find((w: { id: string }) => w.id === veen.id);
    expect(veenThere).toMatchObject({ changedBy: 'scenario', plannedStart: '2026-03-31' });
    expect(view.body.wijken.find((w: { name: string }) => w.name === 'Extra tranche')).toMatchObject({ id: null, changedBy: 'scenario' });
    expect(view.body.staff.filter((s: { changedBy: string }) => s.changedBy === 'scenario')).toHaveLength(2);
    // The plan of record is untouched until promotion.
    expect((await http().get(`/api/v1/wijken/${veen.id}`).set(manager).expect(200)).body.plannedStart).toBe('2025-04-01');

    const viewer = await signIn(app, 'raad@voorbeeldstad.example');
    await http().post(`/api/v1/scenarios/${scenario.id}/promote`).set(viewer).send({ version: 1 }).expect(403);
    const promoted = await http().post(`/api/v1/scenarios/${scenario.id}/promote`).set(manager).send({ version: 1 }).expect(200);
    expect(promoted.body.promotedAt).toBeTruthy();
    expect((await http().get(`/api/v1/wijken/${veen.id}`).set(manager).expect(200)).body).toMatchObject({ plannedStart: '2026-03-31', targetDate: '2031-12-30' });
    const after = (await http().get('/api/v1/wijken?sort=name&pageSize=200').set(manager).expect(200)).body.items;
    const extra = after.find((w: { name: string }) => w.name === 'Extra tranche');
    expect(extra).toBeTruthy();
    expect((await http().get(`/api/v1/tasks?wijkId=${extra.id}&pageSize=1`).set(manager).expect(200)).body.total).toBe(27);
    await http().post(`/api/v1/scenarios/${scenario.id}/promote`).set(manager).send({ version: 2 }).expect(409);
  });
});

describe('baselines', () => {
  let app: NestExpressApplication;
  const http = () => request(app.getHttpServer());
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('freezes the plan and compares the plan of record with it later', async () => {
    const manager = await signIn(app, 'manager@demodam.example');
    const { body: baseline } = await http().post('/api/v1/baselines').set(manager).send({ name: `Begroting ${Date.now()}`, reason: 'Raadsbesluit' }).expect(201);
    expect(baseline).not.toHaveProperty('snapshot');
    const same = await http().get(`/api/v1/baselines/${baseline.id}/comparison`).set(manager).expect(200);
    expect(same.body.fteNow).toBe(same.body.fteThen);
    const milestone = (await http().get('/api/v1/milestones?kind=council_decision&pageSize=1').set(manager).expect(200)).body.items[0];
    await http().patch(`/api/v1/milestones/${milestone.id}`).set(manager).send({ version: milestone.version, deadline: '2029-06-30' }).expect(200);
    const moved = await http().get(`/api/v1/baselines/${baseline.id}/comparison`).set(manager).expect(200);
    expect(moved.body.milestoneShifts).toContainEqual(expect.objectContaining({ milestoneId: milestone.id, then: milestone.deadline, now: '2029-06-30' }));
    const other = await signIn(app, 'manager@voorbeeldstad.example');
    await http().get(`/api/v1/baselines/${baseline.id}/comparison`).set(other).expect(404);
    const viewer = await signIn(app, 'raad@demodam.example');
    await http().post('/api/v1/baselines').set(viewer).send({ name: 'x' }).expect(403);
    await http().get('/api/v1/baselines').set(viewer).expect(200);
  });
});
