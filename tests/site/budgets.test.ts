import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST, readPage } from '../helpers/dist';

// Budgets from the design notes, for a first visit: everything needed to render a page fits in 14 KB of
// gzip (one network round trip), and at most 2 KB of it is JavaScript until search is used.
const RENDER_BUDGET = 14 * 1024;
const SCRIPT_BUDGET = 2 * 1024;
// A school's pack holds every checklist for an audience, each with its help for every country: nine printed
// pages fetched to print, not a page to read on arrival. It gets a larger budget of its own.
const PACK_BUDGET = 20 * 1024;
const isPack = (path: string) => path.startsWith('/schools/checklists/');

const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;
const fileText = (href: string) => readFileSync(join(DIST, href), 'utf8');

/** What the browser must fetch to render: the HTML, its stylesheets and its classic or module scripts. */
function firstVisit(path: string) {
  const html = readPage(path);
  const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => fileText(match[1]));
  const externalScripts = [...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((match) => fileText(match[1]));
  const inlineScripts = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  const scripts = [...externalScripts, ...inlineScripts];
  return {
    total: gzipped(html) + styles.reduce((sum, css) => sum + gzipped(css), 0) + scripts.reduce((sum, js) => sum + gzipped(js), 0),
    scripts: scripts.reduce((sum, js) => sum + gzipped(js), 0),
  };
}

const pagesBeforeSearch = builtPages().filter((path) => path !== '/search/');

describe('first-visit bytes (gzip)', () => {
  test.each(pagesBeforeSearch.filter((path) => !isPack(path)))('%s renders from 14 KB or less', (path) => {
    expect(firstVisit(path).total).toBeLessThanOrEqual(RENDER_BUDGET);
  });

  test.each(pagesBeforeSearch.filter(isPack))('the pack %s renders from 20 KB or less', (path) => {
    expect(firstVisit(path).total).toBeLessThanOrEqual(PACK_BUDGET);
  });

  test.each(pagesBeforeSearch)('%s loads 2 KB of JavaScript or less', (path) => {
    expect(firstVisit(path).scripts).toBeLessThanOrEqual(SCRIPT_BUDGET);
  });

  test('the search bundle loads only on the search page', () => {
    for (const path of pagesBeforeSearch) expect(readPage(path), path).not.toContain('/pagefind/');
    expect(readPage('/search/')).toContain('/pagefind/pagefind-component-ui.js');
  });
});
