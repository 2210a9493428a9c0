import Holidays from 'date-holidays';
import type { DateString } from './day-number';

/**
 * Which Dutch public holidays an organisation gives off. The dates come from the maintained
 * `date-holidays` package (rules for Easter, Koningsdag on Sunday → Saturday before, …).
 */
export interface HolidayOptions {
  /** Goede Vrijdag is not a day off for every employer (domain.md); default false. */
  goodFriday?: boolean;
  /**
   * Bevrijdingsdag: 'every-year' (CAO Gemeenten gives 5 May off every year — assumption to
   * confirm per organisation), 'lustrum' (only every fifth year, the general rule), or 'never'.
   */
  liberationDay?: 'every-year' | 'lustrum' | 'never';
}

export interface DutchHoliday {
  date: DateString;
  key: DutchHolidayKey;
  name: string;
}

export type DutchHolidayKey =
  | 'nieuwjaarsdag'
  | 'goede-vrijdag'
  | 'eerste-paasdag'
  | 'tweede-paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'eerste-pinksterdag'
  | 'tweede-pinksterdag'
  | 'eerste-kerstdag'
  | 'tweede-kerstdag';

// date-holidays names rules, not keys; matching on the rule keeps us independent of its language.
const RULE_KEYS: [prefix: string, key: DutchHolidayKey][] = [
  ['01-01', 'nieuwjaarsdag'],
  ['easter -2', 'goede-vrijdag'],
  ['easter 1', 'tweede-paasdag'],
  ['easter 39', 'hemelvaartsdag'],
  ['easter 49', 'eerste-pinksterdag'],
  ['easter 50', 'tweede-pinksterdag'],
  ['easter', 'eerste-paasdag'],
  ['04-27', 'koningsdag'],
  ['04-30', 'koningsdag'],
  ['05-05', 'bevrijdingsdag'],
  ['12-25', 'eerste-kerstdag'],
  ['12-26', 'tweede-kerstdag'],
];

let library: Holidays | undefined;
const byYear = new Map<number, DutchHoliday[]>();

function keyOfRule(rule: string): DutchHolidayKey | undefined {
  for (const [prefix, key] of RULE_KEYS) {
    if (rule === prefix || rule.startsWith(prefix + ' ')) return key;
  }
  return undefined;
}

/** All candidate Dutch holidays of a year as date-holidays knows them (memoised: the library is slow). */
function candidates(year: number): DutchHoliday[] {
  let list = byYear.get(year);
  if (!list) {
    library ??= new Holidays('NL');
    list = [];
    for (const h of library.getHolidays(year)) {
      const key = keyOfRule(h.rule);
      if (key) list.push({ date: h.date.slice(0, 10), key, name: h.name });
    }
    byYear.set(year, list);
  }
  return list;
}

export function dutchPublicHolidays(year: number, options: HolidayOptions = {}): DutchHoliday[] {
  const liberation = options.liberationDay ?? 'every-year';
  return candidates(year).filter((h) => {
    if (h.key === 'goede-vrijdag') return options.goodFriday === true;
    if (h.key === 'bevrijdingsdag')
      return liberation === 'every-year' || (liberation === 'lustrum' && year % 5 === 0);
    return true;
  });
}
