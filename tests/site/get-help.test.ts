/** Where to get help, as built: the get-help pages, the help box on every guide and checklist, and every number and link. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadHtml, type CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { AUDIENCES } from '../../src/lib/audiences';
import { checklistPath, getHelpPath, guidePath } from '../../src/lib/routes';
import { siteContent } from '../helpers/content';
import { dictionary, LANGS } from '../../src/i18n';
import { builtPages, DIST, readPage } from '../helpers/dist';
import { idsIn, linksAwayFrom, linkTargets, parsedPage, positionOf, textsOf } from '../helpers/html';

const { topics, helpServices } = siteContent();
const topicIds = topics.map((topic) => topic.id);
const serviceIds = helpServices.map((service) => service.id);
const countries = [
  ...new Set(helpServices.flatMap((service) => service.data.countries).filter((code) => code !== 'international')),
].sort();
const pages = builtPages();
const countryPages = countries.map((code) => getHelpPath('en', code));
const getHelpPages = [getHelpPath('en'), ...countryPages];
const guides = AUDIENCES.flatMap((audience) => topicIds.map((topic) => guidePath('en', audience, topic)));

/** Each service entry on a page: its id, what it does, where it works, and the entry itself. */
const entriesOn = ($: CheerioAPI) =>
  $('article.service')
    .toArray()
    .map((article) => {
      const entry = $(article);
      const words = (name: string) => (entry.attr(name) ?? '').split(' ').filter(Boolean);
      return { id: entry.attr('id'), does: words('data-does'), countries: words('data-countries'), entry };
    });

describe('the get-help pages', () => {
  test('exist for anywhere and for every country with services', () => {
    const builtCountryPages = pages.filter((path) => /^\/get-help\/[a-z]{2}\/$/.test(path));

    expect(countries.length).toBeGreaterThan(0);
    expect(pages).toContain(getHelpPath('en'));
    expect(builtCountryPages.sort()).toEqual([...countryPages].sort());
  });

  test('put what to do in danger first on /get-help/, then the countries, then anywhere else', () => {
    const $ = parsedPage(getHelpPath('en'));
    const ids = idsIn($, 'main [id]');

    expect(ids.indexOf('in-danger-now')).toBeLessThan(ids.indexOf('choose-where-you-live'));
    expect(ids.indexOf('choose-where-you-live')).toBeLessThan(ids.indexOf('anywhere-else'));
    for (const path of countryPages) expect($(`main a[href="${path}"]`).length, path).toBeGreaterThan(0);
    for (const tel of ['tel:999', 'tel:911', 'tel:000'])
      expect($(`main a[href="${tel}"]`).length, tel).toBeGreaterThan(0);
  });

  test.each(countryPages)(
    '%s starts with the emergency number, then lists services grouped by what they do',
    (path) => {
      const $ = parsedPage(path);
      const headings = idsIn($, 'main h2[id]');
      const first = $('main').find('.first-line--emergency, h2').first();
      const hasEmergencyService = helpServices.some(
        (service) =>
          service.data.does.includes('emergency') && service.data.countries.includes(path.split('/')[2].toUpperCase()),
      );

      // The emergency line comes first: the country's number, or, where none is sourced yet, "call your local
      // emergency number".
      expect(first.is('.first-line--emergency'), 'the emergency line before the first heading').toBe(true);
      expect(first.find('a[href^="tel:"]').length > 0).toBe(hasEmergencyService);
      if (hasEmergencyService) expect(headings[0]).toBe('emergency');
      expect(headings).toEqual(expect.arrayContaining(['talk']));
    },
  );

  test.each(countries)('the page for %s lists at least one helpline of its own', (code) => {
    const entries = entriesOn(parsedPage(getHelpPath('en', code)));

    expect(
      entries.filter((entry) => entry.does.includes('talk') && entry.countries.includes(code)).length,
    ).toBeGreaterThan(0);
  });

  test.each(getHelpPages)('every entry on %s shows its source and the day it was checked', (path) => {
    const entries = entriesOn(parsedPage(path));

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
    const shown = new Set(getHelpPages.flatMap((path) => entriesOn(parsedPage(path)).map((entry) => entry.id)));

    expect(serviceIds.filter((id) => !shown.has(id))).toEqual([]);
  });
});

describe('the help box', () => {
  test.each(guides)('on %s links to /get-help/ and to every country', (path) => {
    const $ = parsedPage(path);
    const boxLinks = linkTargets($, 'section.help');

    expect(textsOf($, 'section.help h2')).toContain('Where to get help');
    expect(boxLinks).toContain(getHelpPath('en'));
    for (const path of countryPages) expect(boxLinks).toContain(path);
  });

  test.each(guides)('on %s comes after the guide and before "More on this"', (path) => {
    const $ = parsedPage(path);

    expect(positionOf($, 'section.help')).toBeGreaterThan(positionOf($, '.guide__body'));
    expect(positionOf($, 'section.help')).toBeLessThan(positionOf($, '#more-on-this'));
  });

  test('offers young people on sextortion a crisis line, a way to get images taken down, the police and a helpline, in every country', () => {
    const links = linkTargets(parsedPage(guidePath('en', 'young-people', 'sextortion')));

    expect(links).toContain('https://takeitdown.ncmec.org/');
    const servicesIn = (country: string, ids: string[]) => ids.map((id) => `/get-help/${country}/#${id}`);

    expect(links).toEqual(
      expect.arrayContaining([
        ...servicesIn('gb', ['samaritans', 'report-remove', 'ceop-safety-centre', 'childline']),
        ...servicesIn('au', ['lifeline-australia', 'esafety-image-based-abuse', 'accce-report', 'kids-helpline']),
        ...servicesIn('us', ['us-988-lifeline', 'fbi-tips', 'childhelp-hotline']),
      ]),
    );
    // The guide itself names the CyberTipline, the report form for young people's images in the US.
    expect(links).toContain('https://report.cybertip.org/');
  });

  test('never offers young people a service for adults only', () => {
    for (const topic of topicIds)
      expect(readPage(guidePath('en', 'young-people', topic))).not.toContain('stopncii.org');
  });

  test.each(LANGS.flatMap((lang) => topicIds.map((topic) => [lang, topic] as const)))(
    "on the %s %s checklists, holds the box of every country where the language's readers live, showing the international one",
    (lang, topic) => {
      const $ = parsedPage(checklistPath(lang, 'parents', topic));
      const homeCountries = countries.filter((code) => dictionary(lang).help.homeCountries.includes(code));
      const places = $('[data-help-place]')
        .toArray()
        .map((box) => [$(box).attr('data-help-place'), $(box).attr('hidden') === undefined] as const);

      expect(places[0]).toEqual(['international', true]);
      expect(
        places
          .slice(1)
          .map(([place]) => place)
          .sort(),
      ).toEqual(homeCountries);
      expect(homeCountries.length).toBeGreaterThan(2);
      expect(places.slice(1).every(([, shown]) => !shown)).toBe(true);
      expect($('label[for="help-place"]').text()).toBe(dictionary(lang).help.checklist.showHelpFor);
    },
  );
});

describe('every number and link on the site', () => {
  test.each(pages)('%s: every tel: and sms: link is well formed', (path) => {
    const $ = parsedPage(path);
    const hrefs = $('a[href^="tel:"], a[href^="sms:"]')
      .toArray()
      .map((link) => $(link).attr('href')!);

    // Two digits at least: France's police is 17.
    expect(hrefs.filter((href) => !/^(?:tel|sms):\+?[0-9]{2,15}$/.test(href))).toEqual([]);
  });

  test.each(pages)('%s: every link to another site has rel="noreferrer noopener"', (path) => {
    const $ = parsedPage(path);
    const site = new URL($('link[rel="canonical"]').attr('href') ?? 'https://online-safety-guides.example/').origin;
    const withoutRel = linksAwayFrom($, site).filter((_, link) => $(link).attr('rel') !== 'noreferrer noopener');

    expect(withoutRel.toArray().map((link) => link.attribs.href)).toEqual([]);
  });

  test.each(pages)('%s: asks for no location and stores nothing', (path) => {
    const html = readPage(path);
    const $ = loadHtml(html);
    const scripts = $('script[src^="/"]')
      .toArray()
      .map((script) => readFileSync(join(DIST, $(script).attr('src')!), 'utf8'));

    expect([html, ...scripts].join('\n')).not.toMatch(
      /geolocation|localStorage|sessionStorage|document\.cookie|indexedDB/,
    );
  });
});
