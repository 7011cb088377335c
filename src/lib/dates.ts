/** Dates as the site shows them. Content dates are days (YYYY-MM-DD), read as midnight UTC. */
import { dictionary, type Lang } from '../i18n';
import { longDateFormat } from './intl';

/** "23 November 2026" in English, « 23 novembre 2026 » and « 1er décembre 2026 » in French. */
export const longDate = (date: Date, lang: Lang): string => {
  const { locale, firstOfMonth } = dictionary(lang).meta;
  const text = longDateFormat(locale).format(date);
  // Intl writes the day as a plain number; some languages write the first of the month as an ordinal.
  return date.getUTCDate() === 1 && firstOfMonth ? text.replace(/^1(?!\d)/, firstOfMonth) : text;
};

/** "2026-11-23", for a `<time datetime>`. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
