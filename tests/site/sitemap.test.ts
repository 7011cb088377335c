import { load as loadXml } from 'cheerio';
import { expect, test } from 'vitest';
import { builtPages, readPage } from '../helpers/dist';

/** The address in each <loc> of a sitemap or sitemap index. */
const locations = (xml: string) => {
  const $ = loadXml(xml, { xml: true });
  return $('loc')
    .toArray()
    .map((loc) => $(loc).text().trim());
};

test('the sitemap lists every page except the 404 page', () => {
  const [index] = locations(readPage('/sitemap-index.xml'));
  const listed = locations(readPage(new URL(index).pathname)).map((url) => new URL(url).pathname);

  expect(listed.sort()).toEqual(builtPages().filter((path) => path !== '/404.html'));
});

test('robots.txt allows crawling and points to the sitemap', () => {
  const robots = readPage('/robots.txt');

  expect(robots).toMatch(/^User-agent: \*\nAllow: \/$/m);
  expect(robots).toMatch(/^Sitemap: https:\/\/[^/]+\/sitemap-index\.xml$/m);
});
