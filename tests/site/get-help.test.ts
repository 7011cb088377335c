/** Where to get help, as built: the get-help pages, the help box on every guide and checklist, and every number and link. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Each service entry on a page: its id, its attributes and its HTML. */
const entriesOn = (html: string) =>
  [...html.matchAll(/<article class="service"([^>]*)>([\s\S]*?)<\/article>/g)].map(([, attributes, body]) => ({
    id: /\sid="([^"]+)"/.exec(attributes)?.[1],
    does: /data-does="([^"]*)"/.exec(attributes)?.[1].split(' ') ?? [],
    countries: /data-countries="([^"]*)"/.exec(attributes)?.[1].split(' ') ?? [],
    body,
  }));

describe('the get-help pages', () => {
  test('exist for anywhere and for every country with services', () => {
    const builtCountryPages = pages.filter((path) => /^\/get-help\/[a-z]{2}\/$/.test(path));

    expect(countries.length).toBeGreaterThan(0);
    expect(pages).toContain(getHelpPath());
    expect(builtCountryPages.sort()).toEqual([...countryPages].sort());
  });

  test('put what to do in danger first on /get-help/, then the countries, then anywhere else', () => {
    const html = readPage(getHelpPath());
    const main = html.slice(html.indexOf('<main'));

    expect(main.indexOf('id="in-danger-now"')).toBeLessThan(main.indexOf('id="choose-where-you-live"'));
    expect(main.indexOf('id="choose-where-you-live"')).toBeLessThan(main.indexOf('id="anywhere-else"'));
    for (const path of countryPages) expect(main).toContain(`href="${path}"`);
    for (const tel of ['tel:999', 'tel:911', 'tel:000']) expect(main).toContain(`href="${tel}"`);
  });

  test.each(countryPages)('%s starts with the emergency number, then lists services grouped by what they do', (path) => {
    const html = readPage(path);
    const main = html.slice(html.indexOf('<main'));
    const headings = [...main.matchAll(/<h2 id="([a-z-]+)"/g)].map((match) => match[1]);

    expect(main.indexOf('href="tel:')).toBeLessThan(main.indexOf('<h2'));
    expect(headings[0]).toBe('emergency');
    expect(headings).toEqual(expect.arrayContaining(['talk', 'police']));
  });

  test.each(countries)('the page for %s lists at least one helpline of its own', (code) => {
    const entries = entriesOn(readPage(getHelpPath(code)));

    expect(entries.filter((entry) => entry.does.includes('talk') && entry.countries.includes(code)).length).toBeGreaterThan(0);
  });

  test.each(getHelpPages)('every entry on %s shows its source and the day it was checked', (path) => {
    const entries = entriesOn(readPage(path));

    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.body, entry.id).toMatch(/Source: <a href="https:\/\/[^"]+" rel="noreferrer noopener"/);
      expect(entry.body, entry.id).toMatch(/checked <time datetime="\d{4}-\d{2}-\d{2}"[^>]*>\d{1,2} [A-Z][a-z]+ \d{4}<\/time>/);
    }
  });

  test('show every service file on at least one page', () => {
    const shown = new Set(getHelpPages.flatMap((path) => entriesOn(readPage(path)).map((entry) => entry.id)));

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
    const html = readPage(checklistPath('parents', topic));
    const places = [...html.matchAll(/<div data-help-place="([^"]+)"( hidden)?/g)].map(([, place, hidden]) => [place, !hidden]);

    expect(places[0]).toEqual(['international', true]);
    expect(places.slice(1).map(([place]) => place).sort()).toEqual(countries);
    expect(places.slice(1).every(([, shown]) => !shown)).toBe(true);
    expect(html).toMatch(/<label for="help-place"[^>]*>Show help for<\/label>/);
  });
});

describe('every number and link on the site', () => {
  test.each(pages)('%s: every tel: and sms: link is well formed', (path) => {
    const hrefs = [...readPage(path).matchAll(/href="((?:tel|sms):[^"]*)"/g)].map((match) => match[1]);

    expect(hrefs.filter((href) => !/^(?:tel|sms):\+?[0-9]{3,15}$/.test(href))).toEqual([]);
  });

  test.each(pages)('%s: every link to another site has rel="noreferrer noopener"', (path) => {
    const html = readPage(path);
    const site = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(html)?.[1] ?? 'https://online-safety-guides.example';
    const links = [...html.matchAll(/<a [^>]*href="(https?:\/\/[^"]+)"[^>]*>/g)].filter(([, href]) => !href.startsWith(`${site}/`));

    expect(links.filter(([tag]) => !/\srel="noreferrer noopener"/.test(tag)).map(([, href]) => href)).toEqual([]);
  });

  test.each(pages)('%s: asks for no location and stores nothing', (path) => {
    const html = readPage(path);
    const scripts = [...html.matchAll(/<script[^>]* src="(\/[^"]+)"/g)].map(([, src]) => readFileSync(join(DIST, src), 'utf8'));

    expect([html, ...scripts].join('\n')).not.toMatch(/geolocation|localStorage|sessionStorage|document\.cookie|indexedDB/);
  });
});
