import { BadRequestException } from '@nestjs/common';
import { problem } from '../common/problem';
import { CellError } from './cell-parsers';
import type { SheetCell, SheetRows } from './read-sheet-rows';

/** One thing wrong with one cell (or a whole row when `column` is null), in Dutch. */
export interface ImportRowError {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportColumn {
  header: string;
  required: boolean;
}

/** Reads the cells of one row; a bad cell is recorded as an error and read as null, so every error of the row is found. */
export class RowReader {
  readonly errors: ImportRowError[] = [];
  constructor(
    readonly rowNumber: number,
    private readonly cells: Record<string, SheetCell>,
    private readonly columns: ImportColumn[],
  ) {}

  get<T>(header: string, parse: (cell: SheetCell) => T): T | null {
    const column = this.columns.find((c) => c.header === header);
    const cell = this.cells[header] ?? null;
    try {
      if (column?.required && cell === null) throw new CellError('is verplicht');
      return parse(cell);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      this.fail(header, error.message);
      return null;
    }
  }

  fail(column: string | null, message: string): void {
    this.errors.push({ row: this.rowNumber, column, message });
  }
}

/** Dutch text of an error as a user reads it: "Rij 3, kolom Contracturen: moet een getal zijn". */
export function describeRowError(e: ImportRowError): string {
  return e.column ? `Rij ${e.row}, kolom ${e.column}: ${e.message}` : `Rij ${e.row}: ${e.message}`;
}

/**
 * Checks the header row against the columns (case-insensitive), then maps every data row.
 * Missing or unknown columns refuse the whole file: a misspelt header would otherwise drop data silently.
 */
export function mapSheetRows<V>(
  sheet: SheetRows,
  columns: ImportColumn[],
  build: (row: RowReader) => V | null,
): { values: { rowNumber: number; value: V }[]; errors: ImportRowError[] } {
  const byLower = new Map(columns.map((c) => [c.header.toLowerCase(), c.header]));
  const unknown = sheet.headers.filter((h) => !byLower.has(h.toLowerCase()));
  const present = new Set(sheet.headers.map((h) => h.toLowerCase()));
  const missing = columns
    .filter((c) => c.required && !present.has(c.header.toLowerCase()))
    .map((c) => c.header);
  if (unknown.length || missing.length) {
    const parts = [
      ...(missing.length ? [`ontbrekende kolommen: ${missing.join(', ')}`] : []),
      ...(unknown.length ? [`onbekende kolommen: ${unknown.join(', ')}`] : []),
    ];
    throw new BadRequestException(
      problem(
        400,
        `De kolommen kloppen niet (${parts.join('; ')}). Verwachte kolommen: ${columns.map((c) => c.header).join(', ')}.`,
        [
          ...missing.map((m) => ({ name: m, reason: 'column is required' })),
          ...unknown.map((u) => ({ name: u, reason: 'is not a known column' })),
        ],
      ),
    );
  }
  const values: { rowNumber: number; value: V }[] = [];
  const errors: ImportRowError[] = [];
  for (const row of sheet.rows) {
    // Headers may differ in case from ours; index the cells by our spelling.
    const cells: Record<string, SheetCell> = {};
    for (const [header, value] of Object.entries(row.cells))
      cells[byLower.get(header.toLowerCase())!] = value;
    const reader = new RowReader(row.rowNumber, cells, columns);
    const value = build(reader);
    if (reader.errors.length || value === null) errors.push(...reader.errors);
    else values.push({ rowNumber: row.rowNumber, value });
  }
  return { values, errors };
}
