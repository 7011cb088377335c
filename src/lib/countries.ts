/**
 * Country codes (ISO 3166-1 alpha-2, upper case) and their English names, from the Unicode data built
 * into Node and every browser (`Intl`), so the site keeps no list of its own to fall out of date.
 */
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

// Codes Unicode gives a name that are not countries in ISO 3166-1: groupings (EU, UN…), the unknown region
// (ZZ), test and user-assigned codes (XA, XB, XK), and ISO's exceptionally reserved codes (AC, CP…).
const NOT_COUNTRIES = new Set(['AC', 'CP', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'XK', 'ZZ']);

// English says "in the United Kingdom" but "in Australia": names that take "the". Add to it when a country
// whose name needs "the" gets its first service.
const TAKES_THE = new Set(['AE', 'BS', 'CD', 'CF', 'DO', 'GB', 'GM', 'KY', 'MV', 'NL', 'PH', 'SB', 'US', 'VA']);

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

/** "United Kingdom" for "GB". */
export const countryName = (code: string): string => names.of(code) ?? code;

/** "the United Kingdom" for "GB", "Australia" for "AU": the name as it follows "in". */
export const countryNameInSentence = (code: string): string =>
  TAKES_THE.has(code) ? `the ${countryName(code)}` : countryName(code);
