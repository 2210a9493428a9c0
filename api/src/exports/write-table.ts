import ExcelJS from 'exceljs';

export type ExportFormat = 'xlsx' | 'csv';
export const EXPORT_FORMATS: ExportFormat[] = ['xlsx', 'csv'];

export interface ExportColumn {
  header: string;
  kind: 'text' | 'number' | 'integer' | 'date';
  width?: number;
}

/** A table to export: Dutch headers, one array of cells per row (dates as YYYY-MM-DD strings). */
export interface ExportTable {
  sheetName: string;
  columns: ExportColumn[];
  rows: (string | number | null)[][];
}

export interface ExportFile {
  body: Buffer;
  contentType: string;
  extension: ExportFormat;
}

/**
 * Writes a table as XLSX (real number and date cells with Dutch display formats) or as CSV the way
 * Dutch Excel reads it: `;` between fields, decimal comma, DD-MM-YYYY dates, UTF-8 with a BOM.
 */
export async function writeTable(table: ExportTable, format: ExportFormat): Promise<ExportFile> {
  if (format === 'csv') {
    const lines = [
      table.columns.map((c) => csvField(c.header)),
      ...table.rows.map((row) => row.map((cell, i) => csvField(csvText(cell, table.columns[i].kind)))),
    ];
    return {
      body: Buffer.from(`\uFEFF${lines.map((l) => l.join(';')).join('\r\n')}\r\n`, 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      extension: 'csv',
    };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Wijkkracht';
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(12, c.header.length + 2),
    style: {
      numFmt:
        c.kind === 'number'
          ? '#,##0.0'
          : c.kind === 'integer'
            ? '#,##0'
            : c.kind === 'date'
              ? 'dd-mm-yyyy'
              : '@',
    },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(
      row.map((cell, i) =>
        table.columns[i].kind === 'date' && typeof cell === 'string' ? new Date(`${cell}T00:00:00Z`) : cell,
      ),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  };
}

function csvText(cell: string | number | null, kind: ExportColumn['kind']): string {
  if (cell === null) return '';
  if (kind === 'date' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell))
    return `${cell.slice(8, 10)}-${cell.slice(5, 7)}-${cell.slice(0, 4)}`;
  if (typeof cell === 'number')
    return (kind === 'integer' ? String(Math.round(cell)) : String(Math.round(cell * 10) / 10)).replace(
      '.',
      ',',
    );
  return cell;
}

function csvField(text: string): string {
  // A leading = + - @ would be run as a formula by spreadsheet programs (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
