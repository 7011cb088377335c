import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../helpers/browser';

const chromium = useChromium(inject('baseUrl'));
const withoutScripts = { javaScriptEnabled: false };

describe('with JavaScript turned off', () => {
  test('a guide can be read in full', async () => {
    const page = await chromium.open('/young-people/sextortion/', withoutScripts);

    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.locator('.guide__body h2').count()).toBeGreaterThan(1);
    expect(await page.locator('.steps li').first().isVisible()).toBe(true);
  });

  test('a checklist can still be ticked, and its Print button stays hidden as it cannot work', async () => {
    const page = await chromium.open('/parents/sextortion/checklist/', withoutScripts);

    await page.getByRole('checkbox').first().check();

    expect(await page.getByRole('checkbox').first().isChecked()).toBe(true);
    expect(await page.locator('[data-print]').isVisible()).toBe(false);
  });

  test('a search from the home page explains that search needs JavaScript and offers the three doors', async () => {
    const page = await chromium.open('/', withoutScripts);

    const main = page.getByRole('main');
    await main.getByRole('searchbox', { name: 'Search the guides' }).fill('nudes');
    await Promise.all([page.waitForURL('**/search/?q=nudes'), main.getByRole('button', { name: 'Search' }).click()]);

    // Playwright's text locators skip <noscript>, so read the message through its element.
    expect(await page.locator('.search__no-js').isVisible()).toBe(true);
    expect(await page.locator('.search__no-js').textContent()).toMatch(/^\s*Search needs JavaScript/);
    expect(await page.getByRole('link', { name: 'For young people' }).isVisible()).toBe(true);
  });
});
