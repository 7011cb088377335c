import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from '../helpers/browser';

const chromium = useChromium(inject('baseUrl'));

/** Each result as the reader sees it: the audience line, then the title. */
async function shownResults(page: Page) {
  await page.locator('.pf-result-link').first().waitFor();
  return page.locator('.pf-result').evaluateAll((results) =>
    results
      .filter((result) => result.querySelector('.pf-result-link'))
      .map((result) => ({
        audience: result.querySelector('.search-result__audience')?.textContent?.trim(),
        href: new URL((result.querySelector('.pf-result-link') as HTMLAnchorElement).href).pathname,
      })),
  );
}

describe('search, typed with the keyboard', () => {
  test('shows a sextortion guide first for "nudes", and each result with its audience', async () => {
    const page = await chromium.open('/search/');

    await page.keyboard.type('nudes');
    const results = await shownResults(page);

    // Which results come first is the index's business (tests/site/search-index.test.ts); here, what is shown.
    expect(results[0].href).toMatch(/^\/[a-z-]+\/sextortion\/$/);
    for (const result of results) {
      expect(['Young people', 'Parents and carers', 'Helpline counsellors']).toContain(result.audience);
    }
  });

  test('puts the cursor in the search box when the page opens', async () => {
    const page = await chromium.open('/search/');

    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
  });

  test('searches the words that matter in what someone says', async () => {
    const page = await chromium.open('/search/');

    await page.keyboard.type('he is blackmailing me');
    const [first] = await shownResults(page);

    expect(first.href).toMatch(/^\/[a-z-]+\/sextortion\/$/);
  });

  test('opens a result with the arrow keys and Enter', async () => {
    const page = await chromium.open('/search/');
    await page.keyboard.type('stranger');
    const [first] = await shownResults(page);

    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(`**${first.href}`), page.keyboard.press('Enter')]);

    expect(new URL(page.url()).pathname).toBe(first.href);
  });

  test('runs a search sent in the address (?q=), then clears the words from the address bar', async () => {
    const page = await chromium.open('/search/?q=stranger');

    const [first] = await shownResults(page);

    expect(first.href).toMatch(/^\/[a-z-]+\/unsolicited-contact\/$/);
    expect(await page.locator('input[type="search"]').inputValue()).toBe('stranger');
    expect(new URL(page.url()).search).toBe('');
  });

  test('/ brings the cursor back to the search box on this page', async () => {
    const page = await chromium.open('/search/');
    await page.getByRole('link', { name: 'Skip to main content' }).focus();

    await page.keyboard.press('/');

    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    expect(await page.locator('dialog[data-site-search]').count()).toBe(0);
  });

  test('narrows the results to one audience with its filter', async () => {
    const page = await chromium.open('/search/?q=blackmail');
    const before = await shownResults(page);

    await page.getByRole('checkbox', { name: /Helpline counsellors/ }).check();
    await page.waitForFunction(
      (count) => document.querySelectorAll('.pf-result-link').length < count,
      before.length,
    );
    const results = await shownResults(page);

    expect(before.map((result) => result.audience)).toContain('Young people');
    expect(new Set(results.map((result) => result.audience))).toEqual(new Set(['Helpline counsellors']));
    expect(results[0].href).toBe('/counsellors/sextortion/');
  });
});
