/**
 * Leave no traces, tell no one: through a search, the browser makes no request to another site, keeps no cookie
 * and nothing in any web storage, registers no service worker, and reports no breach of the content security
 * policy (every page is checked the same way by tests/browser/every-page-*.test.ts), and the watch itself works.
 */
import { expect, inject, test } from 'vitest';
import { useChromium } from '../helpers/browser';
import { NO_TRACES, openWatched as watchPage, traces } from '../helpers/watch';

const baseUrl = inject('baseUrl');
const chromium = useChromium(baseUrl);

// Every page is checked in one pass with axe: tests/browser/every-page-*.test.ts.
const openWatched = (path: string) => watchPage(chromium, baseUrl, path);

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
