import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { streamTable, writeTable } from './write-table';

const table = {
  sheetName: 'Test',
  columns: [
    { header: 'Naam', kind: 'text' as const },
    { header: 'Uren', kind: 'number' as const },
    { header: 'Weken', kind: 'integer' as const },
    { header: 'Start', kind: 'date' as const },
  ],
  rows: [
    ['=HYPERLINK("x")', 1234.56, 3, '2027-01-04'],
    ['Jansen; P.', null, 0, null],
  ],
};

describe('writing a table as CSV for Dutch Excel', () => {
  it('uses a BOM, semicolons, decimal commas and DD-MM-YYYY, and defuses formulas', async () => {
    const file = await writeTable(table, 'csv');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.body.toString('utf8')).toBe(
      '\uFEFFNaam;Uren;Weken;Start\r\n"\'=HYPERLINK(""x"")";1234,6;3;04-01-2027\r\n"Jansen; P.";;0;\r\n',
    );
  });
});

describe('streaming a table batch by batch', () => {
  const collect = async (format: 'csv' | 'xlsx', batches: (string | number | null)[][][]) => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => out.on('end', resolve));
    async function* rows() {
      for (const batch of batches) yield batch;
    }
    await streamTable({ sheetName: table.sheetName, columns: table.columns }, rows(), format, out);
    await done;
    return Buffer.concat(chunks);
  };

  it('writes the same CSV as the buffered writer, in any split into batches', async () => {
    const whole = (await writeTable(table, 'csv')).body.toString('utf8');
    expect((await collect('csv', [[table.rows[0]], [], [table.rows[1]]])).toString('utf8')).toBe(whole);
  });

  it('writes date-times as Dutch wall-clock time: DD-MM-YYYY HH:MM:SS in CSV, real date cells in XLSX', async () => {
    const columns = [{ header: 'Tijdstip', kind: 'datetime' as const }];
    const out = new PassThrough();
    const csv: Buffer[] = [];
    out.on('data', (c: Buffer) => csv.push(c));
    async function* one() {
      yield [['2026-03-29T02:30:05']];
    }
    await streamTable({ sheetName: 'T', columns }, one(), 'csv', out);
    expect(Buffer.concat(csv).toString('utf8')).toBe('\uFEFFTijdstip\r\n29-03-2026 02:30:05\r\n');

    const xlsx = new PassThrough();
    const parts: Buffer[] = [];
    xlsx.on('data', (c: Buffer) => parts.push(c));
    const ended = new Promise((resolve) => xlsx.on('finish', resolve));
    async function* two() {
      yield [['2026-03-29T02:30:05'], ['2026-12-31T23:59:59']];
    }
    await streamTable({ sheetName: 'T', columns }, two(), 'xlsx', xlsx);
    await ended;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(1).value).toEqual(new Date('2026-03-29T02:30:05Z'));
    expect(sheet.getRow(2).getCell(1).numFmt).toBe('dd-mm-yyyy hh:mm:ss');
  });

  it('stops when the client has gone instead of waiting for ever', async () => {
    const out = new PassThrough({ highWaterMark: 16 });
    out.destroy();
    async function* many() {
      for (let i = 0; i < 10; i++) yield [['x'.repeat(100), 1, 1, '2027-01-04']];
    }
    await expect(streamTable({ sheetName: 'T', columns: table.columns }, many(), 'csv', out)).rejects.toThrow('closed');
  });
});
