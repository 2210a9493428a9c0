import type { SheetCell } from './read-sheet-rows';

/** A cell that could not be taken: the Dutch reason, shown to the user with its row and column. */
export class CellError extends Error {}

/** Reads a number as the Dutch write it (`0,8`, `1.450`) or as an XLSX number. */
function toNumber(cell: SheetCell): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string') throw new CellError('moet een getal zijn');
  let text = cell.replace(/\s|€/g, '');
  // `1.450,5` → 1450.5; `0,8` → 0.8; `1450.5` stays.
  if (text.includes(',')) text = text.replace(/\./g, '').replace(',', '.');
  // Dots in groups of three are Dutch thousands separators (`1.450` homes), as a Dutch sheet means them.
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new CellError(`moet een getal zijn, niet "${cell}"`);
  return Number(text);
}

const fmt = (n: number) => String(n).replace('.', ',');

/** Parsers of one cell each; `null` for an empty optional cell, a CellError with a Dutch reason otherwise. */
export const CellParsers = {
  required(cell: SheetCell): asserts cell is Exclude<SheetCell, null> {
    if (cell === null) throw new CellError('is verplicht');
  },

  text(cell: SheetCell, max = 200): string | null {
    if (cell === null) return null;
    const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
    if (text.length > max) throw new CellError(`mag hoogstens ${max} tekens lang zijn`);
    return text || null;
  },

  number(cell: SheetCell, min: number, max: number, decimals = 2): number | null {
    if (cell === null) return null;
    const n = toNumber(cell);
    if (n < min || n > max)
      throw new CellError(`moet tussen ${fmt(min)} en ${fmt(max)} liggen, niet ${fmt(n)}`);
    return Math.round(n * 10 ** decimals) / 10 ** decimals;
  },

  integer(cell: SheetCell, min: number, max: number): number | null {
    if (cell === null) return null;
    const n = toNumber(cell);
    if (!Number.isInteger(n)) throw new CellError(`moet een heel getal zijn, niet ${fmt(n)}`);
    if (n < min || n > max) throw new CellError(`moet tussen ${min} en ${max} liggen, niet ${n}`);
    return n;
  },

  /** `YYYY-MM-DD`, `DD-MM-YYYY` / `DD/MM/YYYY` (how Dutch spreadsheets show dates) or an XLSX date cell. */
  date(cell: SheetCell): string | null {
    if (cell === null) return null;
    if (cell instanceof Date) return cell.toISOString().slice(0, 10);
    const text = String(cell).trim();
    let y: number, m: number, d: number;
    let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text)))
      [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    else throw new CellError(`moet een datum zijn als 2026-03-01 of 01-03-2026, niet "${text}"`);
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      throw new CellError(`is geen bestaande datum: "${text}"`);
    }
    return date.toISOString().slice(0, 10);
  },

  /** One of a fixed set, by any of its Dutch or code spellings (case and spaces ignored). */
  choice<T extends string>(cell: SheetCell, options: Record<string, T>, shown: string[]): T | null {
    if (cell === null) return null;
    const key = String(cell)
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, ' ');
    const found = options[key];
    if (!found) throw new CellError(`moet een van ${shown.join(', ')} zijn, niet "${String(cell)}"`);
    return found;
  },
};
