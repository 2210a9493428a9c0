import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';

export type ExportFormat = 'xlsx' | 'csv';
export const EXPORT_FORMATS: ExportFormat[] = ['xlsx', 'csv'];

export interface ExportColumn {
  header: string;
  /** `date` cells are `YYYY-MM-DD`; `datetime` cells `YYYY-MM-DDTHH:MM:SS` in Dutch local time. */
  kind: 'text' | 'number' | 'integer' | 'date' | 'datetime';
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
  sheet.columns = sheetColumns(table.columns);
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(xlsxCells(row, table.columns));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  };
}

/**
 * Writes a table of any length to a stream as it comes, one batch of rows at a time, so a large table
 * never sits in memory: CSV line by line, XLSX through ExcelJS's streaming writer (no shared strings).
 */
export async function streamTable(
  table: Omit<ExportTable, 'rows'>,
  batches: AsyncIterable<(string | number | null)[][]>,
  format: ExportFormat,
  out: Writable,
): Promise<void> {
  if (format === 'csv') {
    await write(out, `\uFEFF${table.columns.map((c) => csvField(c.header)).join(';')}\r\n`);
    for await (const rows of batches) {
      const text = rows.map((row) => `${row.map((cell, i) => csvField(csvText(cell, table.columns[i].kind))).join(';')}\r\n`).join('');
      await write(out, text);
    }
    out.end();
    return;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Wijkkracht';
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = sheetColumns(table.columns);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  sheet.getRow(1).commit();
  for await (const rows of batches) {
    for (const row of rows) sheet.addRow(xlsxCells(row, table.columns)).commit();
    // The zip writer buffers what the client has not taken yet: wait for it before the next batch.
    if (out.destroyed) throw new Error('The download was closed.');
    if (out.writableNeedDrain) await drained(out);
  }
  sheet.commit();
  await workbook.commit();
}

/** Writes, and when the stream's buffer is full waits until it drains (backpressure); fails once the client has gone. */
async function write(out: Writable, text: string): Promise<void> {
  if (out.destroyed) throw new Error('The download was closed.');
  if (!out.write(text)) await drained(out);
}

function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => finish();
    const onClose = () => finish(new Error('The download was closed.'));
    out.once('drain', onDrain);
    out.once('close', onClose);
  });
}

function sheetColumns(columns: ExportColumn[]): Partial<ExcelJS.Column>[] {
  return columns.map((c) => ({
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
              : c.kind === 'datetime'
                ? 'dd-mm-yyyy hh:mm:ss'
                : '@',
    },
  }));
}

/** Date and date-time cells become real dates (their wall-clock time, as Excel has no time zones). */
function xlsxCells(row: (string | number | null)[], columns: ExportColumn[]): (string | number | Date | null)[] {
  return row.map((cell, i) => {
    if (typeof cell !== 'string') return cell;
    if (columns[i].kind === 'date') return new Date(`${cell}T00:00:00Z`);
    if (columns[i].kind === 'datetime') return new Date(`${cell}Z`);
    return cell;
  });
}

function csvText(cell: string | number | null, kind: ExportColumn['kind']): string {
  if (cell === null) return '';
  if (kind === 'datetime' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(cell))
    return `${cell.slice(8, 10)}-${cell.slice(5, 7)}-${cell.slice(0, 4)} ${cell.slice(11)}`;
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
