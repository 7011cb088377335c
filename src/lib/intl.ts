/**
 * The `Intl` formatters the site uses, each made once per locale. Making one costs far more than using it (a
 * `localeCompare` or `toLocaleDateString` with a locale makes one per call), and a build of 1,000 guides uses
 * the same few thousands of times.
 */
import { memoize } from './memo';

/** Compares texts in the locale's alphabetical order: `[…].sort(collator('fr').compare)`. */
export const collator = memoize((locale: string) => new Intl.Collator(locale));

const conjunctions = memoize((locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }));
const disjunctions = memoize((locale: string) => new Intl.ListFormat(locale, { type: 'disjunction' }));

/** Joins words with "and" (`conjunction`) or "or" (`disjunction`) as the locale does. */
export const listFormat = (locale: string, type: 'conjunction' | 'disjunction'): Intl.ListFormat =>
  type === 'conjunction' ? conjunctions(locale) : disjunctions(locale);

/** Names of countries and regions in the locale; a code Unicode cannot name stays a code. */
export const regionNames = memoize(
  (locale: string) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }),
);

/** Dates as "23 November 2026", read in UTC (content dates are days, stored as midnight UTC). */
export const longDateFormat = memoize(
  (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
