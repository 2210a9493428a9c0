import { classifyReason, type ReasonRule } from '@wijkkracht/contracts';

/** A field message to show: a translation key with its parameters (the API's own words under `reason` when no rule matched). */
export interface FieldReason {
  key: string;
  params?: Record<string, string>;
}

/**
 * The API names each invalid field with an English rule ("must be at most 1024 characters"); the user reads it in
 * their own language. The rules are read by the table the API's validators are checked against (classifyReason), so
 * each maps to the text `fieldErrors.<rule>`, or to a page's own text for it (`keys`); a reason in words of its own
 * is shown as the API wrote it.
 */
export function fieldReason(reason: string, keys: Partial<Record<ReasonRule, string>> = {}): FieldReason {
  const read = classifyReason(reason);
  if (!read) return { key: 'fieldErrors.other', params: { reason } };
  return {
    key: keys[read.rule] ?? `fieldErrors.${read.rule}`,
    params: { value: read.value, other: read.other },
  };
}
