/**
 * Every address the site has, built from the topics and the countries with services through routes.ts, and the
 * links in a guide's text that point at none of them: a child who followed one would land on the 404 page.
 */
import { AUDIENCES } from './audiences';
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

/** The site's pages: home, hubs, each topic's guides and checklists, get-help and its countries, and the rest. */
export function sitePages(topics: readonly string[], countries: readonly string[]): Set<string> {
  return new Set([
    homePath(),
    aboutPath(),
    backgroundPath(),
    safetyPath(),
    schoolsPath(),
    searchPath(),
    termsPath(),
    getHelpPath(),
    ...countries.map((country) => getHelpPath(country)),
    ...AUDIENCES.flatMap((audience) => [
      hubPath(audience),
      checklistPackPath(audience),
      ...topics.flatMap((topic) => [guidePath(audience, topic), checklistPath(audience, topic)]),
    ]),
  ]);
}

/**
 * The links in Markdown text (`[words](/parents/grooming/#red-flags)`) to the site's own pages that are not in
 * `pages`. Links to other sites are not checked here.
 */
export function brokenLinks(markdown: string, pages: Set<string>): string[] {
  const links = [...markdown.matchAll(/\]\((\/(?!\/)[^)\s]*)\)/g)].map((match) => match[1]);
  return links.filter((link) => !pages.has(link.replace(/[?#].*$/, '')));
}
