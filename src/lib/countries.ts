/**
 * Country codes (ISO 3166-1 alpha-2, upper case) and their names in each language, from the Unicode data built
 * into Node and every browser (`Intl`), so the site keeps no list of its own to fall out of date.
 */
import { dictionary, type Lang } from '../i18n';
import { listFormat, regionNames } from './intl';
import { memoize } from './memo';

/** Names in English, for checking codes: a code Unicode cannot name is not one in use. */
const names = regionNames('en');

// Codes Unicode gives a name that are not countries in ISO 3166-1: groupings (EU, UN…), the unknown region
// (ZZ), test and user-assigned codes (XA, XB, XK), and ISO's exceptionally reserved codes (AC, CP…).
const NOT_COUNTRIES = new Set(['AC', 'CP', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'XK', 'ZZ']);

/**
 * The current code for an old, informal or lower-case one (UK → GB, YU → RS, gb → GB), or the text itself when
 * it is not two letters. Used to tell a writer which code to use instead.
 */
export const currentCode = (code: string): string =>
  /^[A-Za-z]{2}$/.test(code) ? Intl.getCanonicalLocales(`und-${code}`)[0].slice(4) : code;

/** True for an upper-case ISO 3166-1 alpha-2 code in use, such as "GB"; false for "UK", "gb" or "XY". */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  return currentCode(code) === code && names.of(code) !== code;
}

/** Each language's names, each kept once asked for: Unicode's lookup is slow for how often pages ask. */
const namesIn = memoize((lang: Lang) =>
  memoize((code: string) => regionNames(dictionary(lang).meta.locale).of(code) ?? code),
);

/** "United Kingdom" for "GB" in English, « Royaume-Uni » in French. */
export const countryName = (code: string, lang: Lang): string => namesIn(lang)(code);

/**
 * Where something is, as it follows other words, by the language's rule (`help.inCountries`): "in Ireland and
 * the United Kingdom" in English, « en Irlande et au Royaume-Uni » in French.
 */
export function inCountries(codes: readonly string[], lang: Lang): string {
  const { meta, help } = dictionary(lang);
  const list = listFormat(meta.locale, 'conjunction');
  return help.inCountries(
    codes.map((code) => ({ code, name: countryName(code, lang) })),
    (words) => list.format(words),
  );
}
