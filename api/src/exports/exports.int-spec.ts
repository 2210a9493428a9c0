import { INestApplicationContext } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../test/create-test-app';
import { createTestWorker } from '../../test/create-test-worker';
import { createForecastOrganisation, ForecastOrganisation } from '../../test/factories/forecast-organisation';
import { deleteQueueKeys, suiteQueuePrefix } from '../../test/queue-prefix';
import { signIn } from '../../test/sign-in';
import { Task } from '../tasks/task.entity';

const prefix = suiteQueuePrefix('exports');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Supertest buffers binary bodies only when asked to. */
const binary = (
  res: NodeJS.ReadableStream & { setEncoding: (e: string) => void },
  done: (err: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

async function openXlsx(body: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

async function openCsv(body: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  const text = body.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return workbook.csv.read(Readable.from([text.slice(1)]), {
    parserOptions: { delimiter: ';' },
    map: (v: string) => v,
  } as never);
}

const headers = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);

describe('exports as XLSX and CSV', () => {
  let app: NestExpressApplication;
  let worker: INestApplicationContext;
  let db: DataSource;
  let org: ForecastOrganisation;
  let manager: { Authorization: string };
  let viewer: { Authorization: string };
  let otherViewer: { Authorization: string };
  const http = () => request(app.getHttpServer());
  const download = (path: string, auth: { Authorization: string }) =>
    http()
      .get(path)
      .set(auth)
      .buffer(true)
      .parse(binary as never);

  beforeAll(async () => {
    app = await createTestApp({ QUEUE_PREFIX: prefix });
    worker = await createTestWorker({ QUEUE_PREFIX: prefix });
    db = app.get(DataSource);
    org = await createForecastOrganisation(db, { wijken: 1 });
    manager = await signIn(app, org.emails.programme_manager);
    viewer = await signIn(app, org.emails.viewer);
    otherViewer = await signIn(app, 'raad@demodam.example');
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await deleteQueueKeys(prefix);
  });

  it('exports the tasks as XLSX with Dutch headers, number and date cells, for viewers too', async () => {
    const res = await download('/api/v1/exports/tasks', viewer).expect(200);
    expect(res.headers['content-type']).toContain(XLSX);
    expect(res.headers['content-disposition']).toBe('attachment; filename="taken.xlsx"');
    const sheet = await openXlsx(res.body);
    expect(headers(sheet)).toEqual([
      'Wijk',
      'CBS-code',
      'Fase',
      'Taak',
      'Discipline',
      'Status',
      'Uren optimistisch',
      'Uren verwacht',
      'Uren pessimistisch',
      'Uren besteed',
      'Duur min. (weken)',
      'Duur max. (weken)',
      'Vroegste start',
      'Vastgezette start',
    ]);
    const tasks = await db.getRepository(Task).find({ where: { organisationId: org.organisationId } });
    expect(sheet.rowCount - 1).toBe(tasks.length);
    const row = sheet.getRow(2);
    const task = tasks.find((t) => t.name === row.getCell(4).value)!;
    expect(row.getCell(6).value).toBe('gepland');
    expect(row.getCell(8).value).toBeCloseTo(task.effortHours, 2);
    expect(row.getCell(8).numFmt).toBe('#,##0.0');
    expect(row.getCell(13).value).toEqual(new Date(`${task.earliestStart}T00:00:00Z`));
    expect(row.getCell(13).numFmt).toBe('dd-mm-yyyy');
  });

  it('exports the tasks as CSV the way Dutch Excel reads it (semicolons, decimal comma, DD-MM-YYYY, BOM)', async () => {
    const res = await download('/api/v1/exports/tasks?format=csv', manager).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const sheet = await openCsv(res.body);
    expect(headers(sheet)[0]).toBe('Wijk');
    const row = sheet.getRow(2);
    expect(String(row.getCell(13).value)).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    const task = await db
      .getRepository(Task)
      .findOneByOrFail({ organisationId: org.organisationId, name: String(row.getCell(4).value) });
    expect(String(row.getCell(8).value)).toBe(
      String(Math.round(task.effortHours * 10) / 10).replace('.', ','),
    );
  });

  it('exports staff allocation with fte and employment type in Dutch', async () => {
    const res = await download('/api/v1/exports/staff-allocation?format=xlsx', viewer).expect(200);
    const sheet = await openXlsx(res.body);
    expect(headers(sheet).slice(0, 6)).toEqual([
      'Medewerker',
      'Discipline',
      'Team',
      'Dienstverband',
      'Contracturen per week',
      'Fte',
    ]);
    const row = sheet.getRow(2);
    expect(['vast', 'tijdelijk', 'inhuur']).toContain(row.getCell(4).value);
    expect(row.getCell(6).value).toBeCloseTo(Number(row.getCell(5).value) / 36, 2);
  });

  it('exports a completed forecast per discipline and period with its percentiles, equal to the stored series', async () => {
    const started = await http()
      .post('/api/v1/forecasts')
      .set(manager)
      .send({ simulations: 8, seed: 77, horizon: '2032-12-31', granularity: 'month' })
      .expect(202);
    const id = started.body.id as string;
    const early = await download(`/api/v1/forecasts/${id}/export`, viewer);
    expect([200, 409]).toContain(early.status);
    const until = Date.now() + 90_000;
    let status = '';
    while (Date.now() < until && status !== 'completed' && status !== 'failed') {
      status = (await http().get(`/api/v1/forecasts/${id}`).set(viewer).expect(200)).body.status;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe('completed');
    const res = await download(`/api/v1/forecasts/${id}/export?granularity=quarter`, viewer).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="prognose-quarter.xlsx"');
    const sheet = await openXlsx(res.body);
    expect(headers(sheet)).toEqual([
      'Discipline',
      'Periode',
      'Capaciteit (uren)',
      'Vraag P10 (uren)',
      'Vraag P50 (uren)',
      'Vraag P80 (uren)',
      'Vraag P90 (uren)',
      'Tekort P10 (uren)',
      'Tekort P50 (uren)',
      'Tekort P80 (uren)',
      'Tekort P90 (uren)',
    ]);
    const heat = (
      await http()
        .get(`/api/v1/forecasts/${id}/heat-map?granularity=quarter&measure=demand&percentile=p80`)
        .set(viewer)
        .expect(200)
    ).body;
    const first = heat.rows[0];
    const periods = heat.periods.length;
    expect(sheet.rowCount - 1).toBe(periods * heat.rows.length);
    for (let i = 0; i < periods; i++) {
      const row = sheet.getRow(2 + i);
      expect(row.getCell(1).value).toBe(first.disciplineName);
      expect(row.getCell(2).value).toBe(heat.periods[i]);
      expect(row.getCell(3).value).toBeCloseTo(first.capacity[i], 6);
      expect(row.getCell(6).value).toBeCloseTo(first.values[i], 6);
    }
    const csv = await openCsv(
      (await download(`/api/v1/forecasts/${id}/export?format=csv&granularity=quarter`, viewer).expect(200))
        .body,
    );
    expect(csv.rowCount).toBe(sheet.rowCount);
    // Another organisation's forecast is not found.
    await download(`/api/v1/forecasts/${id}/export`, otherViewer).expect(404);
  }, 120_000);

  it('checks the query and the caller', async () => {
    const bad = await http().get('/api/v1/exports/tasks?format=pdf').set(manager).expect(400);
    expect(bad.body.invalidParams).toEqual([{ name: 'format', reason: 'must be one of xlsx, csv' }]);
    await http()
      .get('/api/v1/exports/tasks?wijkId=00000000-0000-4000-8000-000000000000')
      .set(manager)
      .expect(404);
    await http().get('/api/v1/exports/tasks').expect(401);
    const staff = await signIn(app, org.emails.staff);
    await http().get('/api/v1/exports/staff-allocation').set(staff).expect(403);
  });
});
