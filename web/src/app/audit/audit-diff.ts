/** One field of an audited record, before and after the change. */
export interface AuditDiffRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

/** Bookkeeping fields that change with every write; shown, but after the fields that say what changed. */
const BOOKKEEPING = new Set(['id', 'organisationId', 'version', 'createdAt', 'updatedAt']);

/**
 * The fields of an audit event's before and after side by side: changed fields first (in the order the
 * record has them), then the unchanged ones, bookkeeping last. A side that is absent shows as '—', and
 * then nothing counts as changed.
 */
export function auditDiff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): AuditDiffRow[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const rows = fields.map((field) => {
    const b = before && field in before ? show(before[field]) : '—';
    const a = after && field in after ? show(after[field]) : '—';
    // Only an update changes fields; a created or deleted record, or a sign-in, just has one side.
    return { field, before: b, after: a, changed: before !== null && after !== null && b !== a };
  });
  const rank = (row: AuditDiffRow) => (BOOKKEEPING.has(row.field) ? 2 : row.changed ? 0 : 1);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => rank(x.row) - rank(y.row) || x.index - y.index)
    .map(({ row }) => row);
}

/** A value as text: strings as they are, null as '—', anything else as compact JSON. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The translation key of an action's own description, e.g. `auth.login.failed` → `auth_login_failed`. */
export function actionKey(action: string): string {
  return action.replace(/[.-]/g, '_');
}
