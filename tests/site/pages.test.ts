import { describe, expect, test } from 'vitest';
import { AUDIENCES } from '../../src/lib/audiences';
import { checklistPath, guidePath, hubPath } from '../../src/lib/routes';
import { entryId, readContent } from '../../src/build/content-files';
import { builtPages, readPage } from '../helpers/dist';

const pages = builtPages();
const { topics } = await readContent(new URL('../../', import.meta.url).pathname);
const topicIds = topics.map(entryId);

const first = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

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

describe.each(pages)('%s', (path) => {
  const html = readPage(path);

  test('declares its language, a title and a description', () => {
    expect(html).toMatch(/<html lang="en-GB"/);
    expect(first(html, /<title>([^<]+)<\/title>/)?.trim()).toBeTruthy();
    expect(first(html, /<meta name="description" content="([^"]+)"/)?.length).toBeGreaterThan(20);
  });

  test('has exactly one h1', () => {
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  test('has a skip link to its main landmark, and banner and footer landmarks', () => {
    expect(html).toMatch(/<a class="skip-link"[^>]* href="#main"/);
    expect(html).toMatch(/<main id="main"/);
    expect(html).toMatch(/<header class="site-header/);
    expect(html).toMatch(/<footer class="site-footer/);
  });

  test('uses each id once, so links to a section land in the right place', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);

    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  test.skipIf(path === '/' || path === '/404.html')('has breadcrumbs ending in the current page', () => {
    expect(html).toMatch(/<nav class="breadcrumbs[^"]*" aria-label="Breadcrumb"[^>]*>.*<li aria-current="page"/s);
  });
});

test('every page has its own title and description', () => {
  const titles = pages.map((path) => first(readPage(path), /<title>([^<]+)<\/title>/));
  const descriptions = pages.map((path) => first(readPage(path), /<meta name="description" content="([^"]+)"/));

  expect(new Set(titles).size).toBe(titles.length);
  expect(new Set(descriptions).size).toBe(descriptions.length);
});
