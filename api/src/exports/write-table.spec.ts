import { writeTable } from './write-table';

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
