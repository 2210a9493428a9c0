import type { StaffMember } from '../staff/staff-member.entity';
import { CellParsers } from './cell-parsers';
import type { ImportColumn, RowReader } from './map-sheet-rows';

/** Columns of a staff import, as a programme team names them in its spreadsheet. */
export const STAFF_IMPORT_COLUMNS: ImportColumn[] = [
  { header: 'Naam', required: true },
  { header: 'Discipline', required: true },
  { header: 'Team', required: false },
  { header: 'Contracturen', required: true },
  { header: 'Programma-aandeel', required: false },
  { header: 'Dienstverband', required: true },
  { header: 'Uurtarief', required: false },
  { header: 'Startdatum', required: true },
  { header: 'Einddatum', required: false },
  { header: 'Financiering', required: false },
  { header: 'Einde financiering', required: false },
];

const EMPLOYMENT: Record<string, StaffMember['employmentType']> = {
  vast: 'permanent',
  permanent: 'permanent',
  tijdelijk: 'temporary',
  temporary: 'temporary',
  inhuur: 'external',
  extern: 'external',
  external: 'external',
};

export interface StaffImportLookups {
  /** Discipline id by lower-case code and by lower-case name. */
  disciplines: Map<string, string>;
  /** Team id by lower-case name. */
  teams: Map<string, string>;
}

/** One row of a staff import as the fields of a new staff member, or null when the row has errors (recorded on the reader). */
export function buildStaffRow(row: RowReader, lookups: StaffImportLookups): Partial<StaffMember> | null {
  const name = row.get('Naam', (c) => CellParsers.text(c, 200));
  const discipline = row.get('Discipline', (c) => CellParsers.text(c));
  const disciplineId = discipline ? lookups.disciplines.get(discipline.toLowerCase()) : undefined;
  if (discipline && !disciplineId)
    row.fail('Discipline', `"${discipline}" is geen discipline van uw gemeente (gebruik de code of de naam)`);
  const team = row.get('Team', (c) => CellParsers.text(c));
  const teamId = team ? lookups.teams.get(team.toLowerCase()) : null;
  if (team && !teamId) row.fail('Team', `"${team}" is geen team van uw gemeente`);
  const contractHours = row.get('Contracturen', (c) => CellParsers.number(c, 0.5, 60));
  const programmeShare = row.get('Programma-aandeel', (c) => CellParsers.number(c, 0, 1, 3));
  const employmentType = row.get('Dienstverband', (c) =>
    CellParsers.choice(c, EMPLOYMENT, ['vast', 'tijdelijk', 'inhuur']),
  );
  const hourlyRate = row.get('Uurtarief', (c) => CellParsers.number(c, 0, 1000));
  const startDate = row.get('Startdatum', CellParsers.date);
  const endDate = row.get('Einddatum', CellParsers.date);
  const fundingSource = row.get('Financiering', (c) => CellParsers.text(c, 200));
  const fundingEndDate = row.get('Einde financiering', CellParsers.date);
  if (
    employmentType === 'external' &&
    hourlyRate === null &&
    !row.errors.some((e) => e.column === 'Uurtarief')
  ) {
    row.fail('Uurtarief', 'is verplicht bij inhuur');
  }
  if (startDate && endDate && endDate < startDate) row.fail('Einddatum', 'ligt vóór de startdatum');
  if (startDate && fundingEndDate && fundingEndDate < startDate)
    row.fail('Einde financiering', 'ligt vóór de startdatum');
  if (row.errors.length) return null;
  return {
    name: name!,
    primaryDisciplineId: disciplineId!,
    teamId: teamId ?? null,
    contractHours: contractHours!,
    programmeShare: programmeShare ?? 0.8,
    employmentType: employmentType!,
    hourlyRate,
    startDate: startDate!,
    endDate,
    fundingSource,
    fundingEndDate,
  };
}
