import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/create-test-app';
import { describeResourceContract } from '../../test/resource-contract';
import { signIn } from '../../test/sign-in';
import { Milestone } from '../milestones/milestone.entity';
import { TaskDependency } from '../tasks/task-dependency.entity';
import { Task } from '../tasks/task.entity';

let code = 500;
const nextCode = () => `WK99${String(code++).padStart(4, '0')}`;

describeResourceContract({
  path: 'wijken',
  readOnlyUser: 'raad@demodam.example',
  validBody: async () => ({
    name: 'Nieuwe Wijk',
    cbsCode: nextCode(),
    homes: 900,
    wave: 2,
    strategy: 'heat_network',
    participationIntensity: 1.2,
    plannedStart: '2031-01-01',
    targetDate: '2040-12-31',
  }),
  change: { homes: 950, status: 'in_progress' },
  invalid: [
    [{ cbsCode: 'BU03630101' }, 'cbsCode', 'must be a CBS wijk code: WK and six digits'],
    [{ homes: 0 }, 'homes', 'must be at least 1'],
    [{ wave: -1 }, 'wave', 'must be at least 0'],
    [{ strategy: 'nuclear' }, 'strategy', 'must be one of all_electric, heat_network, hybrid, insulation_first, green_gas'],
    [{ participationIntensity: 5 }, 'participationIntensity', 'must be at most 3'],
    [{ targetDate: '2030-13-01' }, 'targetDate', 'must be a date that exists'],
    [{ targetDate: '2030-01-01' }, 'targetDate', 'must be after plannedStart'],
    [{ templateId: '00000000-0000-4000-8000-000000000000' }, 'templateId', 'must refer to an existing process_templates record of your organisation'],
  ],
});

describe('creating a wijk from a template', () => {
  let app: NestExpressApplication;
  let manager: { Authorization: string };
  const http = () => request(app.getHttpServer());
  beforeAll(async () => {
    app = await createTestApp();
    manager = await signIn(app, 'manager@demodam.example');
  });
  afterAll(() => app.close());

  it('instantiates the WUP tasks, dependencies and milestones, scaled by homes and participation, at once', async () => {
    const templates = await http().get('/api/v1/process-templates').set(manager).expect(200);
    const templateId = templates.body.items[0].id;
    const body = {
      name: 'Sjabloonwijk',
      cbsCode: nextCode(),
      homes: 800,
      wave: 1,
      strategy: 'all_electric',
      participationIntensity: 1.5,
      plannedStart: '2028-01-01',
      targetDate: '2035-12-31',
      templateId,
    };
    const { body: wijk } = await http().post('/api/v1/wijken').set(manager).send(body).expect(201);
    expect(wijk).toMatchObject({ isStartwijk: false, templateId });
    const db = app.get(DataSource);
    const tasks = await db.getRepository(Task).findBy({ wijkId: wijk.id });
    expect(tasks).toHaveLength(27);
    const avonden = tasks.find((t) => t.templateKey === 'bewonersavonden')!;
    expect(avonden.effortHours).toBeCloseTo((160 + 50 * 8) * 1.5, 2); // base + per 100 homes, × participation
    expect(await db.getRepository(TaskDependency).countBy({ successorId: avonden.id })).toBe(2);
    const milestones = await db.getRepository(Milestone).findBy({ wijkId: wijk.id });
    expect(milestones.map((m) => [m.kind, m.deadline]).sort()).toEqual([
      ['council_decision', '2033-01-03'], // 156 weeks before the target
      ['gas_free', '2035-12-31'],
    ]);
  });

  it('writes nothing when the template cannot be instantiated', async () => {
    const db = app.get(DataSource);
    const tasksBefore = await db.getRepository(Task).count();
    // A template whose discipline the organisation lacks: the wijk must not be left half-made.
    const { body: template } = await http()
      .post('/api/v1/process-templates')
      .set(manager)
      .send({
        name: 'Onbekende discipline',
        definition: {
          phases: [
            {
              key: 'p',
              name: 'Fase',
              tasks: [
                {
                  key: 't',
                  name: 'Taak',
                  discipline: 'astronaut',
                  effort: { baseHours: 10, hoursPer100Homes: 1, participationScaled: false },
                  estimate: { optimisticFactor: 0.8, pessimisticFactor: 1.5 },
                  duration: { minWeeks: 1, maxWeeks: 2 },
                  dependsOn: [],
                },
              ],
            },
          ],
        },
      })
      .expect(201);
    const cbsCode = nextCode();
    const res = await http()
      .post('/api/v1/wijken')
      .set(manager)
      .send({ name: 'Half', cbsCode, homes: 10, wave: 3, strategy: 'hybrid', plannedStart: '2036-01-01', targetDate: '2045-12-31', templateId: template.id })
      .expect(400);
    expect(res.body.invalidParams).toEqual([{ name: 'templateId', reason: 'needs the disciplines astronaut' }]);
    const list = await http().get(`/api/v1/wijken?pageSize=200`).set(manager).expect(200);
    expect(list.body.items.map((w: { cbsCode: string }) => w.cbsCode)).not.toContain(cbsCode);
    expect(await db.getRepository(Task).count()).toBe(tasksBefore);
  });

  it('refuses a template whose tasks depend on each other in a circle, naming it', async () => {
    const task = (key: string, dep: string) => ({
      key,
      name: key,
      discipline: 'techniek',
      effort: { baseHours: 1, hoursPer100Homes: 0, participationScaled: false },
      estimate: { optimisticFactor: 1, pessimisticFactor: 1 },
      duration: { minWeeks: 1, maxWeeks: 1 },
      dependsOn: [{ task: dep, lagWeeks: 0 }],
    });
    const res = await http()
      .post('/api/v1/process-templates')
      .set(manager)
      .send({ name: 'Kringloop', definition: { phases: [{ key: 'p', name: 'P', tasks: [task('a', 'b'), task('b', 'a')] }] } })
      .expect(400);
    expect(res.body.invalidParams[0]).toMatchObject({ name: 'definition.phases' });
    expect(res.body.invalidParams[0].reason).toMatch(/cycle/);
  });

  it('filters startwijken', async () => {
    const res = await http().get('/api/v1/wijken?startwijk=true').set(manager).expect(200);
    expect(res.body.total).toBe(4);
    expect(res.body.items.every((w: { isStartwijk: boolean }) => w.isStartwijk)).toBe(true);
    await http().get('/api/v1/wijken?startwijk=maybe').set(manager).expect(400);
  });
});
