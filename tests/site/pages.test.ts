import type { CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { AUDIENCES } from '../../src/lib/audiences';
import { checklistPath, guidePath, homePath, hubPath } from '../../src/lib/routes';
import { DEFAULT_LANG, dictionary, langOfPath, langPrefix, LANGS, pathInLang } from '../../src/i18n';
import { siteContent } from '../helpers/content';
import { builtPages } from '../helpers/dist';
import { idsIn, metaContent, parsedPage } from '../helpers/html';

const pages = builtPages();
const topicIds = siteContent().topics.map((topic) => topic.id);

describe.each(LANGS)('every page the site promises exists in %s', (lang) => {
  test.each(AUDIENCES)('the %s hub, and its guide and checklist for every topic', (audience) => {
    expect(pages).toContain(hubPath(lang, audience));
    for (const topic of topicIds) {
      expect(pages).toContain(guidePath(lang, audience, topic));
      expect(pages).toContain(checklistPath(lang, audience, topic));
    }
  });

  test('the home, search, about, glossary, background and schools pages', () => {
    const prefix = langPrefix(lang);
    expect(pages).toEqual(
      expect.arrayContaining(
        [
          '/',
          '/search/',
          '/about/',
          '/terms/',
          '/how-young-people-use-technology/',
          '/using-this-site-safely/',
          '/schools/',
        ].map((path) => `${prefix}${path}`),
      ),
    );
  });
});

test('the 404 page, one for every address', () => {
  expect(pages).toContain('/404.html');
});

// Every page in one language has its counterpart, at the same address after the prefix, in every other.
const pagesByLanguage = pages.filter((path) => path !== '/404.html');
test.each(pagesByLanguage)('%s exists in every language', (path) => {
  for (const lang of LANGS) expect(pages, lang).toContain(pathInLang(path, lang));
});

/** A page's title, from its head: an inline SVG's <title> names only the picture. */
const titleOf = ($: CheerioAPI) => $('head > title').first().text().trim();

describe.each(pages)('%s', (path) => {
  const $ = parsedPage(path);

  const lang = langOfPath(path);

  test('declares its language and direction, a title and a description', () => {
    expect($('html').attr('lang')).toBe(dictionary(lang).meta.locale);
    expect($('html').attr('dir')).toBe(dictionary(lang).meta.dir);
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

  test.skipIf(path === homePath(lang) || path === '/404.html')('has breadcrumbs ending in the current page', () => {
    const crumbs = $('nav.breadcrumbs li');

    expect(crumbs.length).toBeGreaterThan(0);
    expect(crumbs.last().attr('aria-current')).toBe('page');
  });
});

describe.each(pagesByLanguage)('%s, among languages', (path) => {
  const $ = parsedPage(path);
  const lang = langOfPath(path);

  test('names its counterpart in every language, and the default as x-default, by full address', () => {
    const alternates = Object.fromEntries(
      $('head link[rel="alternate"][hreflang]')
        .toArray()
        .map((link) => [$(link).attr('hreflang'), new URL($(link).attr('href') ?? '').pathname]),
    );
    const expected = Object.fromEntries(LANGS.map((each) => [dictionary(each).meta.locale, pathInLang(path, each)]));

    expect(alternates).toEqual({ ...expected, 'x-default': pathInLang(path, DEFAULT_LANG) });
    for (const target of Object.values(alternates)) expect(pages).toContain(target);
  });

  test('offers the same page in each other language, marked with that language', () => {
    const links = $('nav.site-header__languages a').toArray();
    const others = LANGS.filter((each) => each !== lang);

    expect(links.map((link) => $(link).attr('href'))).toEqual(others.map((each) => pathInLang(path, each)));
    expect(links.map((link) => $(link).attr('hreflang'))).toEqual(others.map((each) => dictionary(each).meta.locale));
    expect(links.map((link) => $(link).attr('lang'))).toEqual(others.map((each) => dictionary(each).meta.locale));
  });
});

test('every page has its own title and description', () => {
  const titles = pages.map((path) => titleOf(parsedPage(path)));
  const descriptions = pages.map((path) => metaContent(parsedPage(path), 'description'));

  expect(new Set(titles).size).toBe(titles.length);
  expect(new Set(descriptions).size).toBe(descriptions.length);
});
