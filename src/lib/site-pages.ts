/**
 * Every address the site has, built from the topics and the countries with services through routes.ts, and the
 * links in a guide's text that point at none of them: a child who followed one would land on the 404 page.
 */
import { AUDIENCES } from './audiences';
import { LANGS } from '../i18n';
import {
  aboutPath,
  backgroundPath,
  checklistPackPath,
  checklistPath,
  getHelpPath,
  guidePath,
  homePath,
  hubPath,
  safetyPath,
  schoolsPath,
  searchPath,
  termsPath,
} from './routes';

/** The site's pages in every language: home, hubs, guides and checklists, get-help and its countries, and the rest. */
export function sitePages(topics: readonly string[], countries: readonly string[]): Set<string> {
  return new Set(
    LANGS.flatMap((lang) => [
      homePath(lang),
      aboutPath(lang),
      backgroundPath(lang),
      safetyPath(lang),
      schoolsPath(lang),
      searchPath(lang),
      termsPath(lang),
      getHelpPath(lang),
      ...countries.map((country) => getHelpPath(lang, country)),
      ...AUDIENCES.flatMap((audience) => [
        hubPath(lang, audience),
        checklistPackPath(lang, audience),
        ...topics.flatMap((topic) => [guidePath(lang, audience, topic), checklistPath(lang, audience, topic)]),
      ]),
    ]),
  );
}

/**
 * The links in Markdown text (`[words](/parents/grooming/#red-flags)`) to the site's own pages that are not in
 * `pages`. Links to other sites are not checked here.
 */
export function brokenLinks(markdown: string, pages: Set<string>): string[] {
  const links = [...markdown.matchAll(/\]\((\/(?!\/)[^)\s]*)\)/g)].map((match) => match[1]);
  return links.filter((link) => !pages.has(link.replace(/[?#].*$/, '')));
}
