/** A field message to show: a translation key with its parameters, or the API's own words when no rule matched. */
export interface FieldReason {
  key: string;
  params?: Record<string, string>;
}

/**
 * The API names each invalid field with an English rule ("must be at least 1"); the user reads plain Dutch. The
 * rules come from a small set of validators, so they map by pattern; anything unknown is shown as the API wrote it.
 */
const RULES: [RegExp, string][] = [
  [/^must be at least (-?[\d.]+)$/, 'fieldErrors.min'],
  [/^must be at most (-?[\d.]+)$/, 'fieldErrors.max'],
  [/^must be a whole number$/, 'fieldErrors.integer'],
  [/^must be a number/, 'fieldErrors.number'],
  [/^must be after (\w+)$/, 'fieldErrors.after'],
  [/(?:date|YYYY-MM-DD)/i, 'fieldErrors.date'],
  [/^must be one of/, 'fieldErrors.oneOf'],
  [/^must be a UUID$/, 'fieldErrors.choose'],
  [/^must be a CBS wijk code/, 'fieldErrors.cbsWijkCode'],
  [/^must be (\d+)[–-](\d+) characters$/, 'fieldErrors.length'],
  [/^should not be empty$|^is required$|must not be empty/, 'fieldErrors.required'],
];

export function fieldReason(reason: string): FieldReason {
  for (const [pattern, key] of RULES) {
    const match = pattern.exec(reason);
    if (match) return { key, params: { value: match[1] ?? '', other: match[2] ?? '' } };
  }
  return { key: 'fieldErrors.other', params: { reason } };
}
