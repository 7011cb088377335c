/** What the built pages promise about privacy and security, read from dist/: links, exits and policies. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadHtml } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { dictionary, langOfPath } from '../../src/i18n';
import {
  directives,
  HEADER_ONLY_DIRECTIVES,
  inlineHashes,
  metaPolicy,
  parseHeadersFile,
} from '../../src/build/security-headers';
import { builtPages, DIST, readPage } from '../helpers/dist';
import { attributeValues, linksAwayFrom } from '../helpers/html';

const pages = builtPages();
const site = new URL(readFileSync(join(DIST, 'robots.txt'), 'utf8').match(/Sitemap: (\S+)/)![1]).origin;
const headers = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

/** An address that a browser fetches from another site: `https://…`, `http://…` or `//…`. */
const isElsewhere = (url: string) => /^(https?:)?\/\//i.test(url.trim());

describe.each(pages)('%s', (path) => {
  const html = readPage(path);
  const $ = loadHtml(html);
  const policy = metaPolicy(html) ?? '';

  test('gives every link to another site rel="noreferrer noopener"', () => {
    for (const link of linksAwayFrom($, site).toArray()) {
      expect($(link).attr('rel'), link.attribs.href).toBe('noreferrer noopener');
    }
  });

  test('loads nothing from another site: no scripts, styles, images, frames or fonts', () => {
    expect(attributeValues($, '[src]', 'src').filter(isElsewhere)).toEqual([]);
    // A canonical link names the page's address, and alternate links its counterparts in other languages: they
    // load nothing.
    expect(
      attributeValues($, 'link[href]:not([rel="canonical"]):not([rel="alternate"])', 'href').filter(isElsewhere),
    ).toEqual([]);
    // Stylesheets, inline or in a style attribute, load fonts and pictures with url(…): read as CSS, not as HTML.
    expect(html).not.toMatch(/url\((["']?)(https?:)?\/\//);
  });

  test('has the Exit this page button and the skip link to it, both to the neutral page', () => {
    for (const selector of ['a.quick-exit__button[data-quick-exit]', 'a.skip-link[data-quick-exit]']) {
      expect($(selector).length, selector).toBe(1);
      expect($(selector).attr('href'), selector).toBe(dictionary(langOfPath(path)).meta.exitUrl);
    }
  });

  test('has a strict content security policy in a <meta> tag', () => {
    const rules = directives(policy);
    for (const rule of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) {
      expect(rules).toContain(rule);
    }
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    // Search (Pagefind's WebAssembly) opens from every page: compiling WebAssembly is allowed, eval() is not.
    expect(rules.find((rule) => rule.startsWith('script-src '))).toMatch(
      /^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*$/,
    );
  });

  test("allows exactly this page's own inline scripts and styles, by hash", () => {
    const allowed = [...policy.matchAll(/'(sha256-[^']+)'/g)].map((match) => match[1]);

    expect(new Set(allowed)).toEqual(inlineHashes(html));
  });

  test('has the same policy in dist/_headers, plus what only a header can say', () => {
    const rule = headers.get(path);

    expect(rule?.['Content-Security-Policy']).toBeDefined();
    expect(directives(rule!['Content-Security-Policy'])).toEqual([...directives(policy), ...HEADER_ONLY_DIRECTIVES]);
  });
});

test('dist/_headers gives every response the privacy and security headers', () => {
  expect(headers.get('/*')).toEqual({
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  });
});

test('the search page lets Pagefind start its worker from this site only', () => {
  expect(directives(metaPolicy(readPage('/search/'))!)).toContain("worker-src 'self'");
});
