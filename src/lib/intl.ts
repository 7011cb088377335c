/**
 * The `Intl` formatters the site uses, each made once per locale. Making one costs far more than using it (a
 * `localeCompare` or `toLocaleDateString` with a locale makes one per call), and a build of 1,000 guides uses
 * the same few thousands of times.
 */
const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

/** Compares texts in the locale's alphabetical order: `[…].sort(collator('fr').compare)`. */
export const collator = (locale: string): Intl.Collator => once(`collator ${locale}`, () => new Intl.Collator(locale));

/** Joins words with "and" (`conjunction`) or "or" (`disjunction`) as the locale does. */
export const listFormat = (locale: string, type: 'conjunction' | 'disjunction'): Intl.ListFormat =>
  once(`list ${type} ${locale}`, () => new Intl.ListFormat(locale, { type }));

/** Names of countries and regions in the locale; a code Unicode cannot name stays a code. */
export const regionNames = (locale: string): Intl.DisplayNames =>
  once(`regions ${locale}`, () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));

/** Dates as "23 November 2026", read in UTC (content dates are days, stored as midnight UTC). */
export const longDateFormat = (locale: string): Intl.DateTimeFormat =>
  once(
    `long date ${locale}`,
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
