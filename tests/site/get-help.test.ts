/** Where to get help, as built: the get-help pages, the help box on every guide and checklist, and every number and link. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadHtml, type CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { AUDIENCES } from '../../src/lib/audiences';
import { entryId, readContent } from '../../src/build/content-files';
import { checklistPath, getHelpPath, guidePath } from '../../src/lib/routes';
import { builtPages, DIST, readPage } from '../helpers/dist';

const root = new URL('../../', import.meta.url).pathname;
const { topics, helpServices } = await readContent(root);
const topicIds = topics.map(entryId);
const serviceIds = helpServices.map(entryId);
const countries = [
  ...new Set(helpServices.flatMap((file) => (file.data as { countries: string[] }).countries).filter((code) => code !== 'international')),
].sort();
const pages = builtPages();
const countryPages = countries.map((code) => getHelpPath(code));
const getHelpPages = [getHelpPath(), ...countryPages];
const guides = AUDIENCES.flatMap((audience) => topicIds.map((topic) => guidePath(audience, topic)));

/** A built page, parsed. */
const parsed = (path: string): CheerioAPI => loadHtml(readPage(path));

/** Each service entry on a page: its id, what it does, where it works, and the entry itself. */
const entriesOn = ($: CheerioAPI) =>
  $('article.service')
    .toArray()
    .map((article) => {
      const entry = $(article);
      const words = (name: string) => (entry.attr(name) ?? '').split(' ').filter(Boolean);
      return { id: entry.attr('id'), does: words('data-does'), countries: words('data-countries'), entry };
    });

/** The ids of a page's elements in `selector`, in document order. */
const idsIn = ($: CheerioAPI, selector: string) => $(selector).toArray().map((element) => $(element).attr('id'));

describe('the get-help pages', () => {
  test('exist for anywhere and for every country with services', () => {
    const builtCountryPages = pages.filter((path) => /^\/get-help\/[a-z]{2}\/$/.test(path));

    expect(countries.length).toBeGreaterThan(0);
    expect(pages).toContain(getHelpPath());
    expect(builtCountryPages.sort()).toEqual([...countryPages].sort());
  });

  test('put what to do in danger first on /get-help/, then the countries, then anywhere else', () => {
    const $ = parsed(getHelpPath());
    const ids = idsIn($, 'main [id]');

    expect(ids.indexOf('in-danger-now')).toBeLessThan(ids.indexOf('choose-where-you-live'));
    expect(ids.indexOf('choose-where-you-live')).toBeLessThan(ids.indexOf('anywhere-else'));
    for (const path of countryPages) expect($(`main a[href="${path}"]`).length, path).toBeGreaterThan(0);
    for (const tel of ['tel:999', 'tel:911', 'tel:000']) expect($(`main a[href="${tel}"]`).length, tel).toBeGreaterThan(0);
  });

  test.each(countryPages)('%s starts with the emergency number, then lists services grouped by what they do', (path) => {
    const $ = parsed(path);
    const headings = idsIn($, 'main h2[id]');
    const first = $('main').find('a[href^="tel:"], h2').first();

    expect(first.is('a'), 'an emergency number before the first heading').toBe(true);
    expect(headings[0]).toBe('emergency');
    expect(headings).toEqual(expect.arrayContaining(['talk', 'police']));
  });

  test.each(countries)('the page for %s lists at least one helpline of its own', (code) => {
    const entries = entriesOn(parsed(getHelpPath(code)));

    expect(entries.filter((entry) => entry.does.includes('talk') && entry.countries.includes(code)).length).toBeGreaterThan(0);
  });

  test.each(getHelpPages)('every entry on %s shows its source and the day it was checked', (path) => {
    const entries = entriesOn(parsed(path));

    expect(entries.length).toBeGreaterThan(0);
    for (const { id, entry } of entries) {
      const source = entry.find('a[href^="https://"][rel="noreferrer noopener"]').last();
      const checked = entry.find('time').last();
      expect(entry.text().replace(/\s+/g, ' '), id).toMatch(/Source: \S+, for .+, checked \d{1,2} [A-Z][a-z]+ \d{4}\./);
      expect(source.length, id).toBe(1);
      expect(checked.attr('datetime'), id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('show every service file on at least one page', () => {
    const shown = new Set(getHelpPages.flatMap((path) => entriesOn(parsed(path)).map((entry) => entry.id)));

    expect(serviceIds.filter((id) => !shown.has(id))).toEqual([]);
  });
});

describe('the help box', () => {
  test.each(guides)('on %s links to /get-help/ and to every country', (path) => {
    const html = readPage(path);
    const box = /<section class="help"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

    expect(box).toContain('>Where to get help</h2>');
    expect(box).toContain(`href="${getHelpPath()}"`);
    for (const path of countryPages) expect(box).toContain(`href="${path}`);
  });

  test.each(guides)('on %s comes after the guide and before "More on this"', (path) => {
    const html = readPage(path);

    expect(html.indexOf('<section class="help"')).toBeGreaterThan(html.indexOf('class="guide__body"'));
    expect(html.indexOf('<section class="help"')).toBeLessThan(html.indexOf('id="more-on-this"'));
  });

  test('offers young people on sextortion a crisis line, a way to get images taken down, the police and a helpline, in every country', () => {
    const html = readPage(guidePath('young-people', 'sextortion'));

    expect(html).toContain('href="https://takeitdown.ncmec.org/"');
    for (const id of ['samaritans', 'report-remove', 'ceop-safety-centre', 'childline']) expect(html).toContain(`href="/get-help/gb/#${id}"`);
    for (const id of ['lifeline-australia', 'esafety-image-based-abuse', 'accce-report', 'kids-helpline']) expect(html).toContain(`href="/get-help/au/#${id}"`);
    for (const id of ['us-988-lifeline', 'fbi-tips', 'childhelp-hotline']) expect(html).toContain(`href="/get-help/us/#${id}"`);
    // The guide itself names the CyberTipline, the report form for young people's images in the US.
    expect(html).toContain('href="https://report.cybertip.org/"');
  });

  test('never offers young people a service for adults only', () => {
    for (const topic of topicIds) expect(readPage(guidePath('young-people', topic))).not.toContain('stopncii.org');
  });

  test.each(topicIds)("on the %s checklists, holds every country's box, showing the international one", (topic) => {
    const $ = parsed(checklistPath('parents', topic));
    const places = $('[data-help-place]')
      .toArray()
      .map((box) => [$(box).attr('data-help-place'), $(box).attr('hidden') === undefined] as const);

    expect(places[0]).toEqual(['international', true]);
    expect(places.slice(1).map(([place]) => place).sort()).toEqual(countries);
    expect(places.slice(1).every(([, shown]) => !shown)).toBe(true);
    expect($('label[for="help-place"]').text()).toBe('Show help for');
  });
});

describe('every number and link on the site', () => {
  test.each(pages)('%s: every tel: and sms: link is well formed', (path) => {
    const $ = parsed(path);
    const hrefs = $('a[href^="tel:"], a[href^="sms:"]')
      .toArray()
      .map((link) => $(link).attr('href')!);

    expect(hrefs.filter((href) => !/^(?:tel|sms):\+?[0-9]{3,15}$/.test(href))).toEqual([]);
  });

  test.each(pages)('%s: every link to another site has rel="noreferrer noopener"', (path) => {
    const $ = parsed(path);
    const site = new URL($('link[rel="canonical"]').attr('href') ?? 'https://online-safety-guides.example/').origin;
    const elsewhere = $('a[href^="http"]')
      .toArray()
      .filter((link) => new URL($(link).attr('href')!).origin !== site);

    expect(elsewhere.filter((link) => $(link).attr('rel') !== 'noreferrer noopener').map((link) => $(link).attr('href'))).toEqual([]);
  });

  test.each(pages)('%s: asks for no location and stores nothing', (path) => {
    const html = readPage(path);
    const $ = loadHtml(html);
    const scripts = $('script[src^="/"]')
      .toArray()
      .map((script) => readFileSync(join(DIST, $(script).attr('src')!), 'utf8'));

    expect([html, ...scripts].join('\n')).not.toMatch(/geolocation|localStorage|sessionStorage|document\.cookie|indexedDB/);
  });
});
