import type { Problem } from '@wijkkracht/contracts';
import { problem } from './problem';

interface PgError {
  code?: string;
  table?: string;
  constraint?: string;
  detail?: string;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The database enforces the rules too (foreign keys, checks, unique keys per organisation); when it
 * refuses a write, say which field broke which rule, as the validation at the edge would have.
 */
export function problemFromDatabaseError(error: PgError): Problem | null {
  const columns = /Key \(([^)]+)\)=/.exec(error.detail ?? '')?.[1]
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== 'organisation_id');
  switch (error.code) {
    case '23505': {
      const fields = columns?.length ? columns.map(camel) : ['id'];
      return problem(
        409,
        `Er bestaat al een record met deze ${fields.join(' en ')}.`,
        fields.map((name) => ({ name, reason: 'must be unique within the organisation' })),
      );
    }
    case '23503': {
      const referencedFrom = /still referenced from table "([^"]+)"/.exec(error.detail ?? '')?.[1];
      if (referencedFrom) {
        return problem(409, `Dit wordt nog gebruikt (in ${referencedFrom}); verwijder of wijzig dat eerst.`);
      }
      const target = /is not present in table "([^"]+)"/.exec(error.detail ?? '')?.[1] ?? 'the referenced table';
      const fields = columns?.length ? columns.map(camel) : ['id'];
      return problem(
        400,
        `Controleer ${fields.join(', ')}: die bestaat niet in uw organisatie.`,
        fields.map((name) => ({ name, reason: `must refer to an existing ${target} record of your organisation` })),
      );
    }
    case '23514': {
      const field = checkField(error);
      return problem(
        400,
        field ? `Controleer ${field}.` : 'De waarden passen niet bij elkaar.',
        [{ name: field ?? 'body', reason: `breaks the rule ${error.constraint ?? 'of the database'}` }],
      );
    }
    case '23502':
      return problem(400, 'Er ontbreekt een verplicht veld.');
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
      return problem(400, 'Een waarde heeft niet de juiste vorm of is te groot.');
    default:
      return null;
  }
}

function checkField(error: PgError): string | null {
  if (!error.constraint || !error.table) return null;
  const rest = error.constraint.replace(`${error.table}_`, '').replace(/_check\d*$/, '');
  return rest && rest !== error.constraint && !/^check\d*$/.test(rest) ? camel(rest) : null;
}
