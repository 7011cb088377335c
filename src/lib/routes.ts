/**
 * Every address on the site is built here, so that a link can never drift from its page. Each takes the page's
 * language first: the default language's pages are at the root (`/parents/sextortion/`), every other's under its
 * code with the same address after it (`/fr/parents/sextortion/`). These URLs are a promise to schools: never
 * change one without a redirect.
 */
import { AUDIENCES, type Audience } from './audiences';
import { langOfPath, langPrefix, type Lang } from '../i18n/languages';

export const homePath = (lang: Lang): string => `${langPrefix(lang)}/`;

/** `/parents/`: an audience's list of topics. */
export const hubPath = (lang: Lang, audience: Audience): string => `${langPrefix(lang)}/${audience}/`;

/** `/parents/sextortion/`: one guide. */
export const guidePath = (lang: Lang, audience: Audience, topic: string): string =>
  `${hubPath(lang, audience)}${topic}/`;

/** The language, audience and topic of a guide's address (`/fr/parents/sextortion/` or a link into it), or undefined. */
export function guideOfPath(path: string): { lang: Lang; audience: Audience; topic: string } | undefined {
  const lang = langOfPath(path);
  const audience = AUDIENCES.find((each) => path.startsWith(hubPath(lang, each)));
  const topic = audience && /^([a-z0-9-]+)\/(?:#.*)?$/.exec(path.slice(hubPath(lang, audience).length))?.[1];
  return audience && topic ? { lang, audience, topic } : undefined;
}

/** `/parents/sextortion/checklist/`: a guide's printable checklist. */
export const checklistPath = (lang: Lang, audience: Audience, topic: string): string =>
  `${guidePath(lang, audience, topic)}checklist/`;

/** `/search/?q=nudes`: the search page, optionally with a query to run. */
export const searchPath = (lang: Lang, query?: string): string =>
  `${langPrefix(lang)}/search/${query ? `?${new URLSearchParams({ q: query })}` : ''}`;

/** What search reads queries with, in a language: synonyms, topics' words and guides (`…/search/words.json.ts`). */
export const searchWordsPath = (lang: Lang): string => `${langPrefix(lang)}/search/words.json`;

/** `/about/`: what the site is, its sources and credits (`src/content/pages/about.mdx`). */
export const aboutPath = (lang: Lang): string => `${langPrefix(lang)}/about/`;

/** What the quick exit can and cannot do, and how to hide a visit (`src/content/pages/using-this-site-safely.mdx`). */
export const safetyPath = (lang: Lang): string => `${langPrefix(lang)}/using-this-site-safely/`;

/** `/terms/#grooming`: the glossary, or one term in it. */
export const termsPath = (lang: Lang, termId?: string): string =>
  `${langPrefix(lang)}/terms/${termId ? `#${termId}` : ''}`;

/** `/schools/`: every guide and checklist with its address, for schools to hand on. */
export const schoolsPath = (lang: Lang): string => `${langPrefix(lang)}/schools/`;

/** `/schools/checklists/parents/`: every checklist for one audience, printed as one pack. */
export const checklistPackPath = (lang: Lang, audience: Audience): string =>
  `${schoolsPath(lang)}checklists/${audience}/`;

/** The background page for counsellors and parents (`src/content/pages/how-young-people-use-technology.mdx`). */
export const backgroundPath = (lang: Lang): string => `${langPrefix(lang)}/how-young-people-use-technology/`;

/** `/get-help/`: emergency numbers and the countries to choose from; `/get-help/gb/`: one country's services. */
export const getHelpPath = (lang: Lang, country?: string): string =>
  `${langPrefix(lang)}/get-help/${country ? `${country.toLowerCase()}/` : ''}`;

/** A full address for print and sharing, e.g. `https://example.org/parents/sextortion/`. */
export const absoluteUrl = (path: string, site: URL | string): string => new URL(path, site).href;
