/**
 * The rules an invalidParams `reason` states. The API words each reason in plain English for API
 * clients ("must be at most 1024 characters"); the web app shows the rule in the user's language.
 * Both sides read the reasons through this one table: the API's tests check that every rule its
 * validators state is in it, the web app's that every rule has a text in each language.
 */
export const REASON_RULES = [
  'min',
  'max',
  'maxLength',
  'maxBytes',
  'between',
  'integer',
  'decimals',
  'number',
  'after',
  'notBefore',
  'afterToday',
  'date',
  'oneOf',
  'choose',
  'cbsWijkCode',
  'length',
  'characters',
  'required',
  'text',
  'boolean',
  'email',
  'periodLabel',
  'maxItems',
  'unique',
  'noRepeats',
  'notAllowed',
  'stale',
  'auditAction',
  'httpsUrl',
  'oidcIssuer',
  'openid',
  'scopeNames',
  'claimName',
  'printableAscii',
  'calendarToken',
  'webPath',
  'structure',
  'teamMember',
  'sameWijk',
  'cycle',
  'ownAccount',
  'ownAccess',
  'dataRows',
  'fileType',
  'requiredColumn',
  'unknownColumn',
  'session',
  'narrowFilters',
  'missingDisciplines',
] as const;

export type ReasonRule = (typeof REASON_RULES)[number];

/** A reason read as its rule, with the rule's figures or names (`value`, `other`; '' when it has none). */
export interface ClassifiedReason {
  rule: ReasonRule;
  value: string;
  other: string;
}

// In order: the first pattern that matches names the rule, so specific wordings come before general ones.
const PATTERNS: readonly [RegExp, ReasonRule][] = [
  [/^must be at most (\d+) characters$/, 'maxLength'],
  [/^must be at most (\d+) bytes$/, 'maxBytes'],
  [/^must be at least (-?[\d.]+)$/, 'min'],
  [/^must be at most (-?[\d.]+)$/, 'max'],
  [/^must be a whole number ≥ (-?\d+)$/, 'min'],
  [/^must be between (-?\d+) and (-?\d+)$/, 'between'],
  [/^must be a whole number$/, 'integer'],
  [/^must be a number with at most (\d+) decimals?$/, 'decimals'],
  [/^must be a number$/, 'number'],
  [/^must be after (\w+)$/, 'after'],
  [/^must not be before (\w+)$/, 'notBefore'],
  [/^must be a date after today$/, 'afterToday'],
  [/^(?:each )?must be a (?:valid )?date\b/, 'date'],
  [/^must be a period label/, 'periodLabel'],
  [
    /^must be one of|^must be a kind of record such as|^must be a field name\b|^must be a granularity stored/,
    'oneOf',
  ],
  [/^must be a UUID$/, 'choose'],
  [/^must (?:refer to an existing|name a) \w+(?: record)? of your organisation$/, 'choose'],
  [/^must be a CBS wijk code/, 'cbsWijkCode'],
  [/^must be (\d+)[–-](\d+) characters$/, 'length'],
  [/^must be (\d+)[–-](\d+) (?:lower-case )?letters, digits\b/, 'characters'],
  [/^should not be empty$|^is required\b|^must not be empty$/, 'required'],
  [/^must be (?:text|a string)$/, 'text'],
  [/^must be true or false$/, 'boolean'],
  [/^must be an e-mail address$/, 'email'],
  [/^must hold at most (\d+) \w+$/, 'maxItems'],
  [/^must be unique\b/, 'unique'],
  [/^must not repeat\b/, 'noRepeats'],
  [/^is not allowed$|should not exist$/, 'notAllowed'],
  [/^must equal the current version\b/, 'stale'],
  [/^must be an action such as/, 'auditAction'],
  [/^must be an https:\/\/ URL/, 'httpsUrl'],
  [/^must be an OpenID Connect issuer/, 'oidcIssuer'],
  [/^must (?:include|hold at least) openid$/, 'openid'],
  [/^must be scope names/, 'scopeNames'],
  [/^must be a claim name/, 'claimName'],
  [/^must be printable ASCII/, 'printableAscii'],
  [/^must be wkcal_/, 'calendarToken'],
  [/^must be a path of the web app/, 'webPath'],
  [/^must be (?:an object|a list\b|valid JSON$)|^must not be nested deeper/, 'structure'],
  [/^must be a member of a team you lead$/, 'teamMember'],
  [/^must be a task of the same wijk$/, 'sameWijk'],
  [/must not form a cycle$/, 'cycle'],
  [/^must not be your own account$/, 'ownAccount'],
  [/^must not change your own role or access$/, 'ownAccess'],
  [/^must contain at least one data row$/, 'dataRows'],
  [/^must be (?:Microsoft Project XML|a CSV\b)/, 'fileType'],
  [/^column is required$/, 'requiredColumn'],
  [/^is not a known column$/, 'unknownColumn'],
  [/^must carry the CSRF token/, 'session'],
  [/^narrow the filters: at most (\d+)/, 'narrowFilters'],
  [/^needs the disciplines (.+)$/, 'missingDisciplines'],
];

/** The rule a reason states, or null for one in words of its own (shown as the API wrote it). */
export function classifyReason(reason: string): ClassifiedReason | null {
  for (const [pattern, rule] of PATTERNS) {
    const match = pattern.exec(reason);
    if (match) return { rule, value: match[1] ?? '', other: match[2] ?? '' };
  }
  return null;
}
