import type { Wijk } from '../wijken/wijk.entity';
import { CellError, CellParsers } from './cell-parsers';
import type { ImportColumn, RowReader } from './map-sheet-rows';

/** Columns of a wijken import; `Sjabloon` names a WUP template whose tasks the wijk gets at once. */
export const WIJK_IMPORT_COLUMNS: ImportColumn[] = [
  { header: 'Naam', required: true },
  { header: 'CBS-code', required: true },
  { header: 'Woningen', required: true },
  { header: 'Tranche', required: true },
  { header: 'Aanpak', required: true },
  { header: 'Participatie-intensiteit', required: false },
  { header: 'Geplande start', required: true },
  { header: 'Streefdatum', required: true },
  { header: 'Sjabloon', required: false },
];

const STRATEGIES: Record<string, Wijk['strategy']> = {
  'all electric': 'all_electric',
  'all elektrisch': 'all_electric',
  warmtenet: 'heat_network',
  'heat network': 'heat_network',
  hybride: 'hybrid',
  hybrid: 'hybrid',
  'isolatie eerst': 'insulation_first',
  'insulation first': 'insulation_first',
  'groen gas': 'green_gas',
  'green gas': 'green_gas',
};

export interface WijkImportLookups {
  /** Template id by lower-case name. */
  templates: Map<string, string>;
  /** CBS codes the organisation already has; a second wijk with one is refused per row. */
  existingCbsCodes: Set<string>;
}

/** One row of a wijken import as the fields of a new wijk, or null when the row has errors (recorded on the reader). */
export function buildWijkRow(
  row: RowReader,
  lookups: WijkImportLookups,
  seenCbsCodes: Map<string, number>,
): Partial<Wijk> | null {
  const name = row.get('Naam', (c) => CellParsers.text(c, 200));
  const cbsCode = row.get('CBS-code', (c) => {
    const code = CellParsers.text(c)?.toUpperCase() ?? null;
    if (code !== null && !/^WK\d{6}$/.test(code))
      throw new CellError(`moet een CBS-wijkcode zijn (WK en zes cijfers), niet "${code}"`);
    return code;
  });
  if (cbsCode && lookups.existingCbsCodes.has(cbsCode))
    row.fail('CBS-code', `${cbsCode} bestaat al in uw gemeente`);
  else if (cbsCode && seenCbsCodes.has(cbsCode))
    row.fail('CBS-code', `${cbsCode} staat ook al in rij ${seenCbsCodes.get(cbsCode)}`);
  if (cbsCode && !seenCbsCodes.has(cbsCode)) seenCbsCodes.set(cbsCode, row.rowNumber);
  const homes = row.get('Woningen', (c) => CellParsers.integer(c, 1, 100000));
  const wave = row.get('Tranche', (c) => CellParsers.integer(c, 0, 20));
  const strategy = row.get('Aanpak', (c) =>
    CellParsers.choice(c, STRATEGIES, [
      'all-electric',
      'warmtenet',
      'hybride',
      'isolatie eerst',
      'groen gas',
    ]),
  );
  const participationIntensity = row.get('Participatie-intensiteit', (c) => CellParsers.number(c, 0.1, 3));
  const plannedStart = row.get('Geplande start', CellParsers.date);
  const targetDate = row.get('Streefdatum', CellParsers.date);
  const template = row.get('Sjabloon', (c) => CellParsers.text(c));
  const templateId = template ? lookups.templates.get(template.toLowerCase()) : null;
  if (template && !templateId) row.fail('Sjabloon', `"${template}" is geen WUP-sjabloon van uw gemeente`);
  if (plannedStart && targetDate && targetDate <= plannedStart)
    row.fail('Streefdatum', 'moet na de geplande start liggen');
  if (row.errors.length) return null;
  return {
    name: name!,
    cbsCode: cbsCode!,
    homes: homes!,
    wave: wave!,
    strategy: strategy!,
    participationIntensity: participationIntensity ?? 1,
    plannedStart: plannedStart!,
    targetDate: targetDate!,
    templateId: templateId ?? null,
  };
}
