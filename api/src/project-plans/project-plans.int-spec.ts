import { NestExpressApplication } from '@nestjs/platform-express';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/create-test-app';
import { signIn } from '../../test/sign-in';
import { Assignment } from '../assignments/assignment.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Discipline } from '../disciplines/discipline.entity';
import { Wijk } from '../wijken/wijk.entity';
import { TaskDependency } from '../tasks/task-dependency.entity';
import { Task } from '../tasks/task.entity';
import type { MspdiProject } from './mspdi-project';
import { readMspdi } from './read-mspdi';

const INTEROP = join(__dirname, '..', '..', '..', '..', 'shared', 'interop', 'mspdi');
const files = readdirSync(INTEROP).filter((f) => f.endsWith('.xml'));
let code = 7100;

/** Tasks and links by position, so a plan renumbered on export compares with the original. */
function shape(p: MspdiProject) {
  const index = new Map(p.tasks.map((t, i) => [t.uid, i]));
  return {
    tasks: p.tasks.map((t) => ({
      name: t.name,
      level: t.outlineLevel,
      duration: t.duration,
      summary: t.summary,
      milestone: t.milestone,
    })),
    links: p.tasks.flatMap((t, i) =>
      t.links
        .filter((l) => index.has(l.predecessorUid))
        .map((l) => [index.get(l.predecessorUid), i, l.type, l.lag, l.lagFormat]),
    ),
  };
}

describe('Microsoft Project XML into a wijk’s plan and back', () => {
  let app: NestExpressApplication;
  let manager: { Authorization: string };
  let viewer: { Authorization: string };
  let otherManager: { Authorization: string };
  let dataSource: DataSource;
  const http = () => request(app.getHttpServer());
  const newWijk = async () => {
    const res = await http()
      .post('/api/v1/wijken')
      .set(manager)
      .send({
        name: `Planwijk ${code}`,
        cbsCode: `WK97${String(code++).padStart(4, '0')}`,
        homes: 700,
        wave: 3,
        strategy: 'hybrid',
        plannedStart: '2030-01-01',
        targetDate: '2040-01-01',
      })
      .expect(201);
    return res.body.id as string;
  };
  const importFile = (wijkId: string, body: Buffer, name = 'plan.xml', auth = manager) =>
    http().post(`/api/v1/wijken/${wijkId}/project-plan`).set(auth).attach('file', body, name);

  beforeAll(async () => {
    app = await createTestApp();
    dataSource = app.get(DataSource);
    manager = await signIn(app, 'manager@demodam.example');
    viewer = await signIn(app, 'raad@demodam.example');
    otherManager = await signIn(app, 'manager@voorbeeldstad.example');
  });
  afterAll(() => app.close());

  it.each(files)('%s imports and round-trips its tasks, durations and dependencies', async (file) => {
    const original = readMspdi(readFileSync(join(INTEROP, file), 'utf8'));
    const wijkId = await newWijk();
    const res = await importFile(wijkId, readFileSync(join(INTEROP, file)), file).expect(201);
    const workTasks = original.tasks.filter((t) => !t.summary);
    expect(res.body).toMatchObject({
      tasks: workTasks.length,
      summaries: original.tasks.length - workTasks.length,
    });
    const planned = await dataSource
      .getRepository(Task)
      .find({ where: { wijkId }, order: { sequence: 'ASC' } });
    expect(planned.map((t) => t.name)).toEqual(workTasks.map((t) => t.name));
    const fsLinks = workTasks.flatMap((t) =>
      t.links.filter((l) => l.type === 1 && workTasks.some((p) => p.uid === l.predecessorUid)),
    );
    const ids = planned.map((t) => t.id);
    expect(
      ids.length
        ? await dataSource.getRepository(TaskDependency).countBy(ids.map((id) => ({ successorId: id })))
        : 0,
    ).toBe(fsLinks.length);

    const exported = await http().get(`/api/v1/wijken/${wijkId}/project-plan`).set(viewer).expect(200);
    expect(exported.headers['content-type']).toContain('application/xml');
    expect(exported.headers['content-disposition']).toMatch(
      /attachment; filename="WK97\d{4}-projectplan.xml"/,
    );
    expect(shape(readMspdi(exported.text))).toEqual(shape(original));
  });

  it('maps a finish-to-start lag to weeks, keeps other link types for the export and says so', async () => {
    const wijkId = await newWijk();
    const res = await importFile(wijkId, readFileSync(join(INTEROP, 'sample.xml'))).expect(201);
    expect(res.body.warnings.some((w: string) => w.includes('start-start'))).toBe(true);
    const [a, b] = await Promise.all(
      ['Related Task 2a', 'Related Task 2b'].map((name) =>
        dataSource.getRepository(Task).findOneByOrFail({ wijkId, name }),
      ),
    );
    // 4800 tenths of a minute = one 8-hour day: less than half a week, so no lag in weeks.
    expect(
      await dataSource
        .getRepository(TaskDependency)
        .findOneByOrFail({ predecessorId: a.id, successorId: b.id }),
    ).toMatchObject({ lagWeeks: 0 });
    const audit = await dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'import.mspdi', entityId: wijkId });
    expect(audit.after).toMatchObject({ fileName: 'plan.xml', tasks: res.body.tasks });
  });

  it('exports what was changed in Wijkkracht since the import (name, duration)', async () => {
    const wijkId = await newWijk();
    await importFile(wijkId, readFileSync(join(INTEROP, 'mspdirelations.xml'))).expect(201);
    const task = await dataSource.getRepository(Task).findOneByOrFail({ wijkId, name: 'Task 1' });
    await http()
      .patch(`/api/v1/tasks/${task.id}`)
      .set(manager)
      .send({ version: task.version, name: 'Taak 1 hernoemd', minDurationWeeks: 2, maxDurationWeeks: 3 })
      .expect(200);
    const exported = readMspdi(
      (await http().get(`/api/v1/wijken/${wijkId}/project-plan`).set(manager).expect(200)).text,
    );
    expect(exported.tasks[0]).toMatchObject({ name: 'Taak 1 hernoemd', duration: 'PT80H0M0S' });
    expect(exported.tasks[1].links).toEqual([
      { predecessorUid: exported.tasks[0].uid, type: 1, lag: 0, lagFormat: 7 },
    ]);
  });

  it('refuses truncated XML, other XML, 10 MB of garbage and a cycle, changing nothing', async () => {
    const wijkId = await newWijk();
    const count = () => dataSource.getRepository(Task).countBy({ wijkId });
    const truncated = await importFile(
      wijkId,
      readFileSync(join(INTEROP, 'sample1.xml')).subarray(0, 20_000),
    ).expect(400);
    expect(truncated.headers['content-type']).toContain('application/problem+json');
    expect(truncated.body.detail).toMatch(
      /^Het projectplan kan niet worden ingelezen: Het bestand is geen geldige XML/,
    );
    expect(truncated.body.invalidParams).toEqual([
      { name: 'file', reason: 'must be Microsoft Project XML (MSPDI)' },
    ]);
    await importFile(wijkId, Buffer.from('<?xml version="1.0"?><Workbook><Row/></Workbook>')).expect(400);
    const garbage = await importFile(wijkId, Buffer.alloc(10 * 1024 * 1024, '<')).expect(413);
    expect(garbage.body.detail).toContain('te groot');
    const cycle =
      '<Project><Tasks><Task><UID>1</UID><Name>A</Name><Duration>PT8H0M0S</Duration><PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type></PredecessorLink></Task>' +
      '<Task><UID>2</UID><Name>B</Name><Duration>PT8H0M0S</Duration><PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink></Task></Tasks></Project>';
    const refused = await importFile(wijkId, Buffer.from(cycle)).expect(400);
    expect(refused.body.detail).toContain('kring');
    expect(await count()).toBe(0);
  });

  it('lets viewers export but not import, and hides other organisations’ wijken', async () => {
    const wijkId = await newWijk();
    await importFile(wijkId, readFileSync(join(INTEROP, 'sample.xml')), 'plan.xml', viewer).expect(403);
    await importFile(wijkId, readFileSync(join(INTEROP, 'sample.xml')), 'plan.xml', otherManager).expect(404);
    await http().get(`/api/v1/wijken/${wijkId}/project-plan`).set(otherManager).expect(404);
    await http().get(`/api/v1/wijken/${wijkId}/project-plan`).expect(401);
    await http().get('/api/v1/wijken/geen-uuid/project-plan').set(manager).expect(400);
  });

  it('assigns resources that match a staff member by name, and files the other tasks under the chosen discipline', async () => {
    const wijkId = await newWijk();
    const wijk = await dataSource.getRepository(Wijk).findOneByOrFail({ id: wijkId });
    const disciplines = await dataSource
      .getRepository(Discipline)
      .find({ where: { organisationId: wijk.organisationId }, order: { code: 'ASC' } });
    const person = await http()
      .post('/api/v1/staff-members')
      .set(manager)
      .send({
        name: 'First Resource',
        primaryDisciplineId: disciplines[0].id,
        contractHours: 32,
        employmentType: 'permanent',
        startDate: '2002-01-01',
      })
      .expect(201);
    const chosen = disciplines[1];
    const res = await http()
      .post(`/api/v1/wijken/${wijkId}/project-plan`)
      .set(manager)
      .field('disciplineId', chosen.id)
      .attach('file', readFileSync(join(INTEROP, 'sample.xml')), 'sample.xml')
      .expect(201);
    expect(res.body.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('Geen medewerker gevonden voor Second Resource')]),
    );
    const second = await dataSource.getRepository(Task).findOneByOrFail({ wijkId, name: 'Second Task' });
    const assignment = await dataSource.getRepository(Assignment).findOneByOrFail({ taskId: second.id });
    // Units 0.5 of a 32-hour contract.
    expect(assignment).toMatchObject({ staffMemberId: person.body.id, hoursPerWeek: 16 });
    expect(second.disciplineId).toBe(chosen.id);
    const bad = await http()
      .post(`/api/v1/wijken/${wijkId}/project-plan`)
      .set(manager)
      .field('disciplineId', 'geen-uuid')
      .attach('file', readFileSync(join(INTEROP, 'sample.xml')), 'sample.xml')
      .expect(400);
    expect(bad.body.invalidParams).toEqual([{ name: 'disciplineId', reason: 'must be a UUID' }]);
  });

  it('exports a wijk made from the WUP template: its tasks and finish-to-start links in whole weeks', async () => {
    const me = await http().get('/api/v1/auth/me').set(manager).expect(200);
    const templated = await dataSource
      .getRepository(Task)
      .createQueryBuilder('t')
      .where('t.organisationId = :org AND t.templateKey IS NOT NULL', { org: me.body.organisation.id })
      .getOneOrFail();
    const wijk = await dataSource.getRepository(Wijk).findOneByOrFail({ id: templated.wijkId });
    const tasks = await dataSource.getRepository(Task).find({ where: { wijkId: wijk.id } });
    const dependencies = await dataSource
      .getRepository(TaskDependency)
      .countBy(tasks.map((t) => ({ successorId: t.id })));
    const exported = readMspdi(
      (await http().get(`/api/v1/wijken/${wijk.id}/project-plan`).set(viewer).expect(200)).text,
    );
    expect(exported.name).toBe(wijk.name);
    expect(exported.tasks.map((t) => t.name).sort()).toEqual(tasks.map((t) => t.name).sort());
    expect(exported.tasks.flatMap((t) => t.links)).toHaveLength(dependencies);
    // Weeks of 2,400 minutes, in tenths of a minute.
    expect(exported.tasks.every((t) => t.links.every((l) => l.type === 1 && l.lag % 24000 === 0))).toBe(true);
  });

  it('imports a large plan (5,000 linked tasks) in one transaction', async () => {
    const wijkId = await newWijk();
    const tasks = Array.from(
      { length: 5000 },
      (_, i) =>
        `<Task><UID>${i + 1}</UID><Name>Taak ${i + 1}</Name><OutlineLevel>1</OutlineLevel><Duration>PT40H0M0S</Duration>` +
        (i
          ? `<PredecessorLink><PredecessorUID>${i}</PredecessorUID><Type>1</Type><LinkLag>0</LinkLag><LagFormat>7</LagFormat></PredecessorLink>`
          : '') +
        '</Task>',
    );
    const xml = `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><Tasks>${tasks.join('')}</Tasks></Project>`;
    const res = await importFile(wijkId, Buffer.from(xml)).expect(201);
    expect(res.body).toMatchObject({ tasks: 5000, dependencies: 4999 });
    expect(await dataSource.getRepository(Task).countBy({ wijkId })).toBe(5000);
  }, 60_000);
});
