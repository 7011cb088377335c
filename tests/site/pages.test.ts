import type { CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { AUDIENCES } from '../../src/lib/audiences';
import { checklistPath, guidePath, hubPath } from '../../src/lib/routes';
import { siteContent } from '../helpers/content';
import { builtPages } from '../helpers/dist';
import { idsIn, metaContent, parsedPage } from '../helpers/html';

const pages = builtPages();
const topicIds = siteContent().topics.map((topic) => topic.id);

describe('every page the site promises exists', () => {
  test.each(AUDIENCES)('the %s hub, and its guide and checklist for every topic', (audience) => {
    expect(pages).toContain(hubPath(audience));
    for (const topic of topicIds) {
      expect(pages).toContain(guidePath(audience, topic));
      expect(pages).toContain(checklistPath(audience, topic));
    }
  });

  test('the home, search, about, glossary, background, schools and 404 pages', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        '/',
        '/search/',
        '/about/',
        '/terms/',
        '/how-young-people-use-technology/',
        '/using-this-site-safely/',
        '/schools/',
        '/404.html',
      ]),
    );
  });
});

/** A page's title, from its head: an inline SVG's <title> names only the picture. */
const titleOf = ($: CheerioAPI) => $('head > title').first().text().trim();

describe.each(pages)('%s', (path) => {
  const $ = parsedPage(path);

  test('declares its language, a title and a description', () => {
    expect($('html').attr('lang')).toBe('en-GB');
    expect(titleOf($)).toBeTruthy();
    expect(metaContent($, 'description')?.length).toBeGreaterThan(20);
  });

  test('has exactly one h1', () => {
    expect($('h1')).toHaveLength(1);
  });

  test('has a skip link to its main landmark, and banner and footer landmarks', () => {
    expect($('a.skip-link[href="#main"]').length).toBeGreaterThan(0);
    expect($('main#main')).toHaveLength(1);
    expect($('header.site-header').length).toBeGreaterThan(0);
    expect($('footer.site-footer').length).toBeGreaterThan(0);
  });

  test('uses each id once, so links to a section land in the right place', () => {
    const ids = idsIn($);

    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  test.skipIf(path === '/' || path === '/404.html')('has breadcrumbs ending in the current page', () => {
    const crumbs = $('nav.breadcrumbs[aria-label="Breadcrumb"] li');

    expect(crumbs.length).toBeGreaterThan(0);
    expect(crumbs.last().attr('aria-current')).toBe('page');
  });
});

test('every page has its own title and description', () => {
  const titles = pages.map((path) => titleOf(parsedPage(path)));
  const descriptions = pages.map((path) => metaContent(parsedPage(path), 'description'));

  expect(new Set(titles).size).toBe(titles.length);
  expect(new Set(descriptions).size).toBe(descriptions.length);
});
