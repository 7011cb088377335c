/** The built pages read as HTML with cheerio, the same way in every site test: never with regular expressions. */
import { load, type CheerioAPI } from 'cheerio';
import { readPage } from './dist';

/** A built page, by URL path, parsed. */
export const parsedPage = (path: string): CheerioAPI => load(readPage(path));

/** The value of `name` on each element matching `selector` that has it, in document order. */
export const attributeValues = ($: CheerioAPI, selector: string, name: string): string[] =>
  $(selector)
    .toArray()
    .map((element) => $(element).attr(name))
    .filter((value) => value !== undefined);

/** The address of every link on a page, or in the first element matching `within`, in document order. */
export const linkTargets = ($: CheerioAPI, within?: string): string[] => {
  const scope = within === undefined ? $.root() : $(within).first();
  return scope
    .find('a[href]')
    .toArray()
    .map((link) => link.attribs.href);
};

/** The site's own links on a page (`href="/…"`), as paths without their query or fragment. */
export const ownLinkPaths = ($: CheerioAPI): string[] =>
  linkTargets($)
    .filter((href) => href.startsWith('/'))
    .map((href) => href.split(/[?#]/)[0]);

/** The links on a page to a site other than `origin`, relative addresses resolved against it. */
export const linksAwayFrom = ($: CheerioAPI, origin: string) =>
  $('a[href]').filter((_, link) => {
    const url = new URL(link.attribs.href, origin);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== origin;
  });

/** The ids of a page's elements matching `selector`, in document order. */
export const idsIn = ($: CheerioAPI, selector = '[id]'): string[] => attributeValues($, selector, 'id');

/** The text of each element matching `selector`, as written (spaces kept), in document order. */
export const textsOf = ($: CheerioAPI, selector: string): string[] =>
  $(selector)
    .toArray()
    .map((element) => $(element).text());

/** The content of the page's `<meta name="…">`, if it has one. */
export const metaContent = ($: CheerioAPI, name: string): string | undefined =>
  $(`meta[name="${name}"]`).attr('content');

/**
 * Where the first element matching `selector` stands among all of the page's elements, in document order (the
 * order of their start tags). Throws when nothing matches, so that comparing positions also checks both exist.
 */
export function positionOf($: CheerioAPI, selector: string): number {
  const element = $(selector).get(0);
  if (element === undefined) throw new Error(`Nothing on the page matches ${selector}`);
  return $('*').index(element);
}
