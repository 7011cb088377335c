import { load as loadXml } from 'cheerio';
import { expect, test } from 'vitest';
import { builtPages, readPage } from '../helpers/dist';
import { dictionary, LANGS, pathInLang } from '../../src/i18n';

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

test('the sitemap names each page’s counterpart in every language (hreflang), each of them a page', () => {
  const [index] = locations(readPage('/sitemap-index.xml'));
  const $ = loadXml(readPage(new URL(index).pathname), { xml: true });
  const pages = builtPages();

  for (const url of $('url').toArray()) {
    const path = new URL($(url).children('loc').text().trim()).pathname;
    const alternates = Object.fromEntries(
      $(url)
        .children('xhtml\\:link')
        .toArray()
        .map((link) => [$(link).attr('hreflang'), new URL($(link).attr('href') ?? '').pathname]),
    );
    expect(alternates, path).toEqual(
      Object.fromEntries(LANGS.map((lang) => [dictionary(lang).meta.locale, pathInLang(path, lang)])),
    );
    for (const target of Object.values(alternates)) expect(pages).toContain(target);
  }
});
