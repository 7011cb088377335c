/** The search page, `/search/`: the same search as the dialog, every result, and a filter by audience. */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from '../helpers/browser';
import { guideOfPath } from '../../src/lib/routes';

const chromium = useChromium(inject('baseUrl'));

/** Waits until the list shows the results of exactly `words`. */
const resultsFor = (page: Page, words: string, list = '[data-search-results]') =>
  page.waitForFunction(([query, selector]) => document.querySelector<HTMLElement>(selector)?.dataset.query === query, [
    words,
    list,
  ] as const);

/** Each guide listed as the reader sees it: the audience line, then where its link goes. */
const shownGuides = (page: Page, list = '[data-search-results]') =>
  page.locator(`${list} .search-option--guide`).evaluateAll((options) =>
    options.map((option) => ({
      audience: option.querySelector('.search-option__audience')?.textContent?.trim(),
      href: option.getAttribute('href'),
    })),
  );

describe('search, typed with the keyboard', () => {
  test('shows the guides about nude images first for "nudes", sextortion among them, each with its audience', async () => {
    const page = await chromium.open('/search/');

    await page.keyboard.type('nudes');
    await resultsFor(page, 'nudes');
    const results = await shownGuides(page);

    // "nudes" alone could mean blackmail, harassment or a fake: those three topics come first, in some order.
    const topics = results.slice(0, 3).map((result) => guideOfPath(result.href ?? '')?.topic);
    expect([...topics].sort()).toEqual(['fake-nudes', 'sextortion', 'sexual-harassment']);
    for (const result of results) {
      expect(['Young people', 'Parents and carers', 'Helpline counsellors']).toContain(result.audience);
    }
  });

  test('lists every audience’s guide of the topics found, not just the first eight', async () => {
    const page = await chromium.open('/search/?q=blackmail');
    await resultsFor(page, 'blackmail');

    expect((await shownGuides(page)).length).toBeGreaterThan(8);
  });

  test('puts the cursor in the search box when the page opens', async () => {
    const page = await chromium.open('/search/');

    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
  });

  test('searches the words that matter in what someone says', async () => {
    const page = await chromium.open('/search/');

    await page.keyboard.type('he is blackmailing me');
    await resultsFor(page, 'he is blackmailing me');
    const [first] = await shownGuides(page);

    expect(first.href).toMatch(/^\/[a-z-]+\/sextortion\/$/);
  });

  test('opens a result with the arrow keys and Enter', async () => {
    const page = await chromium.open('/search/');
    await page.keyboard.type('stranger');
    await resultsFor(page, 'stranger');
    const second = await page.locator('[data-search-results] [role="option"]').nth(1).getAttribute('href');

    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(`**${second}`), page.keyboard.press('Enter')]);

    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(second);
  });

  test('runs a search sent in the address (?q=), then clears the words from the address bar', async () => {
    const page = await chromium.open('/search/?q=stranger');

    await resultsFor(page, 'stranger');
    const [first] = await shownGuides(page);

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

  test('narrows the results to one audience with its filter, still finding the topic from every audience’s words', async () => {
    const page = await chromium.open('/search/?q=blackmail');
    await resultsFor(page, 'blackmail');
    const before = await shownGuides(page);

    await page.getByRole('radio', { name: 'Helpline counsellors' }).check();
    await page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.includes('helpline counsellors only'),
    );
    const results = await shownGuides(page);

    expect(before.map((result) => result.audience)).toContain('Young people');
    expect(new Set(results.map((result) => result.audience))).toEqual(new Set(['Helpline counsellors']));
    expect(results[0].href).toBe('/counsellors/sextortion/');
  });
});

test('lists the same guides, in the same order, as the search dialog', async () => {
  for (const words of ['random adds on snapchat', 'kid found porn on the ipad', 'blackmail']) {
    const page = await chromium.open('/search/');
    await page.keyboard.type(words);
    await resultsFor(page, words);
    const onPage = (await shownGuides(page)).map((guide) => guide.href);

    const other = await chromium.open('/about/');
    await other.keyboard.press('/');
    await other.keyboard.type(words);
    await resultsFor(other, words, '[data-site-search-results]');
    const inDialog = (await shownGuides(other, '[data-site-search-results]')).map((guide) => guide.href);

    expect(inDialog.length).toBeGreaterThan(0);
    expect(onPage.slice(0, inDialog.length), words).toEqual(inDialog);
  }
});
