import { BadRequestException } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { problem } from '../common/problem';

/** A cell as read from a sheet: text, a number, a date (XLSX date cells) or empty. */
export type SheetCell = string | number | Date | null;

/** The first sheet of a CSV or XLSX file: its header row and its data rows (1-based row numbers as the user sees them). */
export interface SheetRows {
  headers: string[];
  rows: { rowNumber: number; cells: Record<string, SheetCell> }[];
}

/** Enough for a gemeente's staff or all its wijken; a larger file is refused rather than half read. */
export const MAX_IMPORT_ROWS = 5000;

const unreadable = (reason: string) =>
  new BadRequestException(
    problem(400, `Het bestand kan niet worden gelezen: ${reason}. Lever een CSV- of XLSX-bestand aan.`, [
      { name: 'file', reason: 'must be a CSV (UTF-8, ; or , separated) or XLSX file' },
    ]),
  );

/** Reads a CSV or XLSX upload. XLSX is recognised by its ZIP signature, not by the name a client sends. */
export async function readSheetRows(buffer: Buffer): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  const isZip = buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50;
  let sheet: ExcelJS.Worksheet | undefined;
  if (isZip) {
    try {
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw unreadable('het is geen geldig XLSX-bestand');
    }
    sheet = workbook.worksheets[0];
  } else {
    const text = decodeText(buffer);
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    // Dutch Excel writes ';' (the comma is the decimal separator); others write ','.
    const delimiter = count(firstLine, ';') >= count(firstLine, ',') && firstLine.includes(';') ? ';' : ',';
    try {
      sheet = await workbook.csv.read(Readable.from([text]), {
        parserOptions: { delimiter },
        map: (value: string) => value,
      } as never);
    } catch {
      throw unreadable('het is geen geldig CSV-bestand');
    }
  }
  if (!sheet || sheet.rowCount < 1) throw unreadable('het bestand is leeg');
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) throw unreadable(`meer dan ${MAX_IMPORT_ROWS} rijen`);
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  const columnOf = new Map<number, string>();
  headerRow.eachCell({ includeEmpty: false }, (cell, col) => {
    const name = cellText(cell.value).trim();
    if (name) {
      headers.push(name);
      columnOf.set(col, name);
    }
  });
  if (!headers.length) throw unreadable('de eerste rij bevat geen kolomnamen');
  const rows: SheetRows['rows'] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Record<string, SheetCell> = {};
    let filled = false;
    for (const [col, name] of columnOf) {
      const value = cellValue(row.getCell(col).value);
      if (value !== null) filled = true;
      cells[name] = value;
    }
    // Spreadsheets often end in blank rows; they are not rows to import.
    if (filled) rows.push({ rowNumber: r, cells });
  }
  return { headers, rows };
}

function decodeText(buffer: Buffer): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer).replace(/^\uFEFF/, '');
  // Binary garbage decodes to replacement characters and control bytes; refuse it instead of guessing.
  const suspicious = (text.match(/[\uFFFD\u0000-\u0008\u000E-\u001F]/g) ?? []).length;
  if (suspicious > Math.max(3, text.length / 1000)) throw unreadable('het is geen tekst (CSV) en geen XLSX');
  return text;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function cellValue(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  const text = cellText(value).trim();
  return text === '' ? null : text;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'result' in value)
    return value.result === undefined ? '' : String(value.result);
  return '';
}
