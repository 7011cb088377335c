/**
 * Every address on the site is built here, so that a link can never drift from its page.
 * These URLs are a promise to schools: never change one without a redirect.
 */
import { AUDIENCES, type Audience } from './audiences';

export const homePath = (): string => '/';

/** `/parents/`: an audience's list of topics. */
export const hubPath = (audience: Audience): string => `/${audience}/`;

/** `/parents/sextortion/`: one guide. */
export const guidePath = (audience: Audience, topic: string): string => `/${audience}/${topic}/`;

/** The audience and topic of a guide's address (`/parents/sextortion/` or a link into it), or undefined. */
export function guideOfPath(path: string): { audience: Audience; topic: string } | undefined {
  const audience = AUDIENCES.find((each) => path.startsWith(hubPath(each)));
  const topic = audience && /^([a-z0-9-]+)\/(?:#.*)?$/.exec(path.slice(hubPath(audience).length))?.[1];
  return audience && topic ? { audience, topic } : undefined;
}

/** `/parents/sextortion/checklist/`: a guide's printable checklist. */
export const checklistPath = (audience: Audience, topic: string): string => `${guidePath(audience, topic)}checklist/`;

/** `/search/?q=nudes`: the search page, optionally with a query to run. */
export const searchPath = (query?: string): string =>
  query ? `/search/?${new URLSearchParams({ q: query })}` : '/search/';

/** What search reads queries with: synonyms, topics' words and guides (`src/pages/search/words.json.ts`). */
export const searchWordsPath = (): string => '/search/words.json';

export const aboutPath = (): string => '/about/';

/** What the quick exit can and cannot do, and how to hide a visit; `src/pages/using-this-site-safely.mdx`. */
export const safetyPath = (): string => '/using-this-site-safely/';

/** `/terms/#grooming`: the glossary, or one term in it. */
export const termsPath = (termId?: string): string => (termId ? `/terms/#${termId}` : '/terms/');

/** `/schools/`: every guide and checklist with its address, for schools to hand on. */
export const schoolsPath = (): string => '/schools/';

/** `/schools/checklists/parents/`: every checklist for one audience, printed as one pack. */
export const checklistPackPath = (audience: Audience): string => `${schoolsPath()}checklists/${audience}/`;

/** The background page for counsellors and parents; its code is `src/pages/how-young-people-use-technology.mdx`. */
export const backgroundPath = (): string => '/how-young-people-use-technology/';

/** `/get-help/`: emergency numbers and the countries to choose from; `/get-help/gb/`: one country's services. */
export const getHelpPath = (country?: string): string =>
  country ? `/get-help/${country.toLowerCase()}/` : '/get-help/';

/** A full address for print and sharing, e.g. `https://example.org/parents/sextortion/`. */
export const absoluteUrl = (path: string, site: URL | string): string => new URL(path, site).href;
