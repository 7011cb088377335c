/**
 * The site's languages by code, and how addresses carry them. Adding a language means adding its code here, its
 * dictionary (`src/i18n/<code>/`, which `index.ts` then requires) and its content: never editing a template.
 * The first is the default, served at the site's root (`/parents/`); every other lives under its code
 * (`/fr/parents/`) at the same address after it, so the same page in another language is one prefix away.
 * (No dictionaries here: browser code that only needs addresses stays small.)
 */
export const LANGS = ['en', 'fr'] as const;

export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'en';

export const isLang = (code: string | undefined): code is Lang => (LANGS as readonly string[]).includes(code ?? '');

/** `/fr` for French; nothing for the default language, which lives at the root. */
export const langPrefix = (lang: Lang): string => (lang === DEFAULT_LANG ? '' : `/${lang}`);

/** The language of a page from its address: `/fr/parents/` is French, `/parents/` the default. */
export function langOfPath(pathname: string): Lang {
  const first = pathname.split('/')[1];
  return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}

/** The same page in another language: `/parents/sextortion/` → `/fr/parents/sextortion/`, and back. */
export function pathInLang(pathname: string, lang: Lang): string {
  const rest = pathname.slice(langPrefix(langOfPath(pathname)).length) || '/';
  return `${langPrefix(lang)}${rest}`;
}

/** The `lang` route parameter of a page in a language: undefined for the default, which has no prefix. */
export const langParam = (lang: Lang): string | undefined => (lang === DEFAULT_LANG ? undefined : lang);

/**
 * The language of a content entry and its id within it, from its id: `fr/sextortion/parents` is French
 * `sextortion/parents`; an id with no language folder is the default language's.
 */
export function entryLang(id: string): { lang: Lang; id: string } {
  const [first, ...rest] = id.split('/');
  return isLang(first) && first !== DEFAULT_LANG && rest.length > 0
    ? { lang: first, id: rest.join('/') }
    : { lang: DEFAULT_LANG, id };
}
