/**
 * Leave no traces, tell no one: on every page, and through a search, the browser makes no request to another
 * site, keeps no cookie and nothing in any web storage, registers no service worker, and reports no breach of
 * the content security policy.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../helpers/browser';
import { builtPages } from '../helpers/dist';

const baseUrl = inject('baseUrl');
const chromium = useChromium(baseUrl);
const pages = builtPages();

interface Watch {
  elsewhere: string[];
  violations: string[];
}

/** Opens a page while noting every request to another origin and every policy violation, from the start. */
async function openWatched(path: string): Promise<{ page: Page; watch: Watch }> {
  const watch: Watch = { elsewhere: [], violations: [] };
  const page = await chromium.open('about:blank');
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.origin !== new URL(baseUrl).origin) {
      watch.elsewhere.push(request.url());
    }
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) watch.violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => watch.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
  return { page, watch };
}

/** Everything the browser keeps for this site: cookies, both storages, databases, caches, service workers. */
async function traces(page: Page) {
  const stored = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  return { cookies: (await page.context().cookies()).length, ...stored };
}

const NO_TRACES = { cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0, serviceWorkers: 0 };

describe.each(pages)('%s', (path) => {
  test('asks nothing of other sites, keeps nothing, and breaks no policy', async () => {
    const { page, watch } = await openWatched(path);

    expect(watch.elsewhere).toEqual([]);
    expect(await traces(page)).toEqual(NO_TRACES);
    expect(watch.violations).toEqual([]);
  });
});

test('a search, typed and run, leaves no traces either', async () => {
  const { page, watch } = await openWatched('/search/');

  await page.keyboard.type('blackmail');
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === 'blackmail',
  );
  await page.locator('[data-search-results] [role="option"]').first().click();
  await page.waitForLoadState('networkidle');

  expect(watch.elsewhere).toEqual([]);
  expect(await traces(page)).toEqual(NO_TRACES);
  expect(watch.violations).toEqual([]);
});

test('the watch sees a request to another site and a policy violation', async () => {
  const { page, watch } = await openWatched('/about/');
  await page.context().route('https://elsewhere.example/**', (route) => route.fulfill({ body: '' }));

  await page.evaluate(() => {
    const image = new Image();
    image.src = 'https://elsewhere.example/pixel.png';
    document.body.append(image);
  });
  await expect.poll(() => watch.violations.join()).toMatch(/img-src/);
  await page.evaluate(() => window.location.assign('https://elsewhere.example/page'));
  await page.waitForURL('https://elsewhere.example/page');

  expect(watch.elsewhere).toContain('https://elsewhere.example/page');
});

test('a search in the search dialog, typed and run, leaves no traces either', async () => {
  const { page, watch } = await openWatched('/counsellors/');

  await page.keyboard.press('/');
  await page.keyboard.type('blackmail');
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-site-search-results]')?.dataset.query === 'blackmail',
  );
  await Promise.all([page.waitForURL(/\/counsellors\/[a-z-]+\/$/), page.keyboard.press('Enter')]);
  await page.waitForLoadState('networkidle');

  expect(watch.elsewhere).toEqual([]);
  expect(await traces(page)).toEqual(NO_TRACES);
  expect(watch.violations).toEqual([]);
});
