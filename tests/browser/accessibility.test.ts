import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from '../helpers/browser';
import { builtPages } from '../helpers/dist';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const chromium = useChromium(inject('baseUrl'));

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

describe('axe finds no WCAG 2.2 A or AA violations', () => {
  test.each(builtPages())('on %s', async (path) => {
    const page = await chromium.open(path);

    expect(await violations(page)).toEqual([]);
  });

  test('on the search page with results and filters showing', async () => {
    const page = await chromium.open('/search/?q=blackmail');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === 'blackmail',
    );
    await page.keyboard.press('ArrowDown');

    expect(await violations(page)).toEqual([]);
  });

  test('with the search dialog open and showing results', async () => {
    const page = await chromium.open('/counsellors/grooming/');
    await page.keyboard.press('/');
    await page.keyboard.type('blackmail');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-site-search-results]')?.dataset.query === 'blackmail',
    );
    await page.keyboard.press('ArrowDown');

    expect(await violations(page)).toEqual([]);
  });

  test('with the search dialog offering the closest topics and help when nothing matches', async () => {
    const page = await chromium.open('/parents/');
    await page.keyboard.press('/');
    await page.keyboard.type('xylophonequartz');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-site-search-results]')?.dataset.query === 'xylophonequartz',
    );

    expect(await violations(page)).toEqual([]);
  });

  test('with the search dialog open at 320 pixels wide', async () => {
    const page = await chromium.open('/young-people/', { viewport: { width: 320, height: 640 } });
    await page.keyboard.press('Control+k');
    await page.keyboard.type('stranger');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-site-search-results]')?.dataset.query === 'stranger',
    );

    expect(await violations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  test('on a guide at 320 pixels wide', async () => {
    const page = await chromium.open('/counsellors/sextortion/', { viewport: { width: 320, height: 640 } });

    expect(await violations(page)).toEqual([]);
  });
});
