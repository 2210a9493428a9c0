import { NestExpressApplication } from '@nestjs/platform-express';
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource, Like } from 'typeorm';
import { createTestApp } from '../../test/create-test-app';
import { signIn } from '../../test/sign-in';
import { AuditEvent } from '../audit/audit-event.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { Task } from '../tasks/task.entity';
import { Wijk } from '../wijken/wijk.entity';

const STAFF_HEADER =
  'Naam;Discipline;Team;Contracturen;Programma-aandeel;Dienstverband;Uurtarief;Startdatum;Einddatum;Financiering;Einde financiering';

async function xlsx(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Wijken');
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('imports of staff and wijken from CSV/XLSX', () => {
  let app: NestExpressApplication;
  let manager: { Authorization: string };
  let viewer: { Authorization: string };
  let dataSource: DataSource;
  let organisationId: string;
  const http = () => request(app.getHttpServer());
  const upload = (path: string, body: Buffer, name: string, auth = manager) =>
    http().post(`/api/v1/imports/${path}`).set(auth).attach('file', body, name);
  // Only the rows this suite's files could create: other suites add staff and wijken to the same organisation meanwhile.
  const count = (entity: typeof StaffMember | typeof Wijk) =>
    entity === StaffMember
      ? dataSource.getRepository(StaffMember).countBy({ organisationId, name: Like('Importtest%') })
      : dataSource.getRepository(Wijk).countBy([
          { organisationId, cbsCode: Like('WK9908%') },
          { organisationId, cbsCode: 'WK000001' },
        ]);

  beforeAll(async () => {
    app = await createTestApp();
    dataSource = app.get(DataSource);
    manager = await signIn(app, 'manager@demodam.example');
    viewer = await signIn(app, 'raad@demodam.example');
    const me = await http().get('/api/v1/auth/me').set(manager).expect(200);
    organisationId = me.body.organisation.id;
  });
  afterAll(() => app.close());

  it('previews a Dutch CSV (semicolons, decimal commas, DD-MM-YYYY) row by row without changing anything', async () => {
    const before = await count(StaffMember);
    const csv = [
      STAFF_HEADER,
      'Importtest Anna;participatie;;36;0,8;vast;;01-02-2026;;;',
      'Importtest Bram;onbekende-discipline;;80;1,5;zzp;;2026-13-01;;;',
      'Importtest Chris;participatie;;32;;inhuur;;2026-03-01;;CDOKE;31-12-2025',
    ].join('\n');
    const res = await upload('staff-members/preview', Buffer.from(csv), 'staf.csv').expect(200);
    expect(res.body).toMatchObject({ kind: 'staff-members', rows: 3, validRows: 1 });
    expect(res.body.items[0]).toMatchObject({
      row: 2,
      values: {
        name: 'Importtest Anna',
        contractHours: 36,
        programmeShare: 0.8,
        employmentType: 'permanent',
        startDate: '2026-02-01',
      },
    });
    const errors = res.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        '3:Discipline',
        '3:Contracturen',
        '3:Programma-aandeel',
        '3:Dienstverband',
        '3:Startdatum',
        '4:Uurtarief',
        '4:Einde financiering',
      ]),
    );
    const contract = res.body.errors.find(
      (e: { row: number; column: string }) => e.row === 3 && e.column === 'Contracturen',
    );
    expect(contract.message).toBe('moet tussen 0,5 en 60 liggen, niet 80');
    expect(await count(StaffMember)).toBe(before);
  });

  it('commits nothing when one row is wrong, naming row and column, and everything when all rows are right', async () => {
    const before = await count(StaffMember);
    const bad = [
      STAFF_HEADER,
      'Importtest Dirk;participatie;;36;;vast;;2026-01-01;;;',
      'Importtest Eva;participatie;;36;;vast;;gisteren;;;',
    ].join('\n');
    const refused = await upload('staff-members', Buffer.from(bad), 'staf.csv').expect(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.detail).toContain('Rij 3, kolom Startdatum');
    expect(refused.body.invalidParams).toEqual([
      { name: 'rij 3: Startdatum', reason: expect.stringContaining('moet een datum zijn') },
    ]);
    expect(await count(StaffMember)).toBe(before);

    const good = [
      STAFF_HEADER,
      'Importtest Dirk;participatie;;36;;vast;;2026-01-01;;;',
      'Importtest Eva;participatie;;24;0,5;inhuur;110;2026-01-01;2027-12-31;CDOKE;31-12-2027',
    ].join('\r\n');
    const created = await upload('staff-members', Buffer.from(good), 'staf.csv').expect(201);
    expect(created.body.created).toBe(2);
    expect(await count(StaffMember)).toBe(before + 2);
    const eva = await dataSource.getRepository(StaffMember).findOneByOrFail({ id: created.body.ids[1] });
    expect(eva).toMatchObject({
      organisationId,
      employmentType: 'external',
      hourlyRate: 110,
      programmeShare: 0.5,
      fundingEndDate: '2027-12-31',
    });
    const audit = await dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ organisationId, action: 'import.staff-members' });
    expect(audit.after).toMatchObject({ fileName: 'staf.csv', rows: 2 });
  });

  it('imports wijken from XLSX (date cells, a template by name) with their WUP plan, in one transaction', async () => {
    // The seeded default template by name: other suites add templates of their own meanwhile.
    const templateName = 'WUP standaard';
    const templates = await http().get('/api/v1/process-templates?pageSize=200').set(manager).expect(200);
    expect(templates.body.items.map((t: { name: string }) => t.name)).toContain(templateName);
    const file = await xlsx([
      [
        'Naam',
        'CBS-code',
        'Woningen',
        'Tranche',
        'Aanpak',
        'Participatie-intensiteit',
        'Geplande start',
        'Streefdatum',
        'Sjabloon',
      ],
      [
        'Importwijk Noord',
        'WK990801',
        820,
        1,
        'warmtenet',
        1.2,
        new Date(Date.UTC(2028, 0, 1)),
        new Date(Date.UTC(2035, 11, 31)),
        templateName,
      ],
      ['Importwijk Zuid', 'wk990802', '1.450', 2, 'Isolatie eerst', null, '01-01-2030', '31-12-2040', null],
    ]);
    const preview = await upload('wijken/preview', file, 'wijken.xlsx').expect(200);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.items[1].values).toMatchObject({
      cbsCode: 'WK990802',
      homes: 1450,
      strategy: 'insulation_first',
      participationIntensity: 1,
    });
    const res = await upload('wijken', file, 'wijken.xlsx');
    // Name the refusal if there is one: the problem's detail says which row and column.
    expect({ status: res.status, detail: res.body.detail }).toEqual({ status: 201, detail: undefined });
    expect(res.body.created).toBe(2);
    const noord = await dataSource.getRepository(Wijk).findOneByOrFail({ id: res.body.ids[0] });
    expect(noord).toMatchObject({
      cbsCode: 'WK990801',
      plannedStart: '2028-01-01',
      strategy: 'heat_network',
    });
    expect(await dataSource.getRepository(Task).countBy({ wijkId: noord.id })).toBeGreaterThan(10);

    // The same file again: both CBS codes exist now, so nothing is imported.
    const before = await count(Wijk);
    const again = await upload('wijken', file, 'wijken.xlsx').expect(400);
    expect(again.body.invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'rij 2: CBS-code',
      'rij 3: CBS-code',
    ]);
    expect(await count(Wijk)).toBe(before);
  });

  it('refuses wrong columns, garbage, truncated XLSX, an empty upload and files over 5 MB with a clear 4xx', async () => {
    const before = await count(Wijk);
    const wrong = await upload(
      'wijken',
      Buffer.from('Naam,Code,Woningen\nA,WK000001,10\n'),
      'wijken.csv',
    ).expect(400);
    expect(wrong.body.detail).toMatch(
      /ontbrekende kolommen: CBS-code, Tranche, Aanpak, Geplande start, Streefdatum; onbekende kolommen: Code/,
    );

    const garbage = await upload('wijken/preview', randomBytes(200_000), 'wijken.csv').expect(400);
    expect(garbage.body.detail).toContain('kan niet worden gelezen');

    const full = await xlsx([['Naam'], ['x']]);
    const truncated = await upload(
      'wijken',
      full.subarray(0, Math.floor(full.length / 2)),
      'wijken.xlsx',
    ).expect(400);
    expect(truncated.body.detail).toContain('geen geldig XLSX-bestand');

    const none = await http().post('/api/v1/imports/wijken').set(manager).expect(400);
    expect(none.body.invalidParams[0].name).toBe('file');

    const huge = await upload('wijken', Buffer.alloc(10 * 1024 * 1024, 0x41), 'wijken.csv').expect(413);
    expect(huge.body.detail).toContain('te groot');
    expect(await count(Wijk)).toBe(before);
  });

  it('lets only admins and programme managers import; an unknown kind is a 400', async () => {
    await upload('wijken/preview', Buffer.from('Naam\n'), 'w.csv', viewer).expect(403);
    await http()
      .post('/api/v1/imports/wijken/preview')
      .attach('file', Buffer.from('Naam\n'), 'w.csv')
      .expect(401);
    const res = await upload('tasks', Buffer.from('Naam\n'), 'w.csv').expect(400);
    expect(res.body.invalidParams[0].name).toBe('kind');
  });
});
