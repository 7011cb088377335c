import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load as loadHtml, type CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LANG, LANGS, pathInLang } from '../../src/i18n';
import { searchPath } from '../../src/lib/routes';
import { builtPages, DIST, readPage } from '../helpers/dist';
import { attributeValues } from '../helpers/html';

// Budgets from the design notes, for a first visit: everything needed to render a page fits in 14 KB of
// gzip (one network round trip), and at most 2 KB of it is JavaScript until search is used.
const RENDER_BUDGET = 14 * 1024;
const SCRIPT_BUDGET = 2 * 1024;
// A school's pack holds every checklist for an audience, each with its help for every country, its QR code and,
// for adults, a record to keep: ten printed pages fetched to print, not a page to read on arrival. It gets a
// larger budget of its own.
const PACK_BUDGET = 30 * 1024;
const isPack = (path: string) => pathInLang(path, DEFAULT_LANG).startsWith('/schools/checklists/');

const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;
const fileText = (href: string) => readFileSync(join(DIST, href), 'utf8');

/** The static imports of a built module (`import{a}from"./x.js"`, `import"./y.js"`), as site paths. Not `import()`. */
function staticImports(href: string): string[] {
  const imports = fileText(href).matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{},\s]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g);
  return [...imports].map((match) => posix.resolve(posix.dirname(href), match[1]));
}

/** A module script and every module it imports statically: all of it loads with the page. */
function moduleGraph(href: string, seen = new Set<string>()): string[] {
  if (seen.has(href)) return [];
  seen.add(href);
  return [href, ...staticImports(href).flatMap((imported) => moduleGraph(imported, seen))];
}

/** The code of a page's inline scripts: JSON or templates in a <script> of another type run nothing. */
const inlineScripts = ($: CheerioAPI) =>
  $('script:not([src])')
    .toArray()
    .filter((script) => ['', 'module', 'text/javascript'].includes($(script).attr('type') ?? ''))
    .map((script) => $(script).text());

/** What the browser must fetch to render: the HTML, its stylesheets and its scripts with their imports. */
function firstVisit(path: string) {
  const html = readPage(path);
  const $ = loadHtml(html);
  const styles = attributeValues($, 'link[rel="stylesheet"][href]', 'href').map(fileText);
  const scriptFiles = attributeValues($, 'script[src]', 'src').flatMap((src) => moduleGraph(src));
  const externalScripts = [...new Set(scriptFiles)].map(fileText);
  const scripts = [...externalScripts, ...inlineScripts($)];
  const sum = (texts: string[]) => texts.reduce((total, text) => total + gzipped(text), 0);
  return {
    scriptFiles,
    // Inline scripts travel inside the HTML, so they count once there; external files count on their own.
    total: gzipped(html) + sum(styles) + sum(externalScripts),
    // Each script gzipped alone: a little more than inline scripts cost inside the HTML, so a safe measure.
    scripts: sum(scripts),
  };
}

const searchPages = LANGS.map((lang) => searchPath(lang));
const pagesBeforeSearch = builtPages().filter((path) => !searchPages.includes(path));

describe('first-visit bytes (gzip)', () => {
  test.each(pagesBeforeSearch.filter((path) => !isPack(path)))('%s renders from 14 KB or less', (path) => {
    expect(firstVisit(path).total).toBeLessThanOrEqual(RENDER_BUDGET);
  });

  test.each(pagesBeforeSearch.filter(isPack))('the pack %s renders from 30 KB or less', (path) => {
    expect(firstVisit(path).total).toBeLessThanOrEqual(PACK_BUDGET);
  });

  test.each(pagesBeforeSearch)('%s inlines its scripts and styles, so it renders from one response', (path) => {
    const $ = loadHtml(readPage(path));

    expect($('script[src]').length).toBe(0);
    expect($('link[rel="stylesheet"]').length).toBe(0);
  });

  test.each(pagesBeforeSearch)('%s loads 2 KB of JavaScript or less', (path) => {
    expect(firstVisit(path).scripts).toBeLessThanOrEqual(SCRIPT_BUDGET);
  });

  test('no page loads the search dialog or Pagefind until someone starts to search', () => {
    for (const path of pagesBeforeSearch) {
      expect(readPage(path), path).not.toContain('/pagefind/');
      const code = firstVisit(path).scriptFiles.map(fileText).join('\n');
      expect(code, path).not.toMatch(/pagefind\.js|role="combobox"|data-site-search-results/);
    }
    // The search page searches at once: its own script brings the search panel, which loads Pagefind.
    for (const path of searchPages) {
      const searchPageCode = firstVisit(path).scriptFiles.map(fileText).join('\n');
      expect(searchPageCode, path).toMatch(/pagefind\/pagefind\.js/);
    }
  });
});
