import type { Problem } from '@wijkkracht/contracts';
import { problem } from './problem';

interface PgError {
  code?: string;
  table?: string;
  constraint?: string;
  detail?: string;
}

/** Rules across fields, by constraint name: the field to name and the rule in plain words. */
const CROSS_FIELD_RULES: Record<string, [string, string]> = {
  staff_members_end_date_check: ['endDate', 'must be on or after startDate'],
  staff_members_hourly_rate_required_check: ['hourlyRate', 'is required for external staff (inhuur)'],
  staff_members_secondary_discipline_id_check: ['secondaryDisciplineId', 'must differ from primaryDisciplineId'],
  staff_members_funding_end_date_check: ['fundingEndDate', 'must be on or after startDate'],
  leave_periods_end_date_check: ['endDate', 'must be on or after startDate'],
  assignments_end_date_check: ['endDate', 'must be on or after startDate'],
  wijken_target_date_check: ['targetDate', 'must be after plannedStart'],
  tasks_effort_hours_check: ['effortHours', 'must be at least effortOptimistic'],
  tasks_effort_pessimistic_check: ['effortPessimistic', 'must be at least effortHours'],
  tasks_max_duration_weeks_check: ['maxDurationWeeks', 'must be at least minDurationWeeks and at most 1300'],
  tasks_pinned_end_check: ['pinnedEnd', 'needs pinnedStart and must be on or after it'],
  task_dependencies_successor_id_check: ['successorId', 'must differ from predecessorId'],
};

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
      const known = CROSS_FIELD_RULES[error.constraint ?? ''];
      if (known) return problem(400, `Controleer ${known[0]}.`, [{ name: known[0], reason: known[1] }]);
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
