import { describe, expect, inject, test } from 'vitest';
import { overflow, useChromium } from '../helpers/browser';
import { violations } from '../helpers/axe';

const chromium = useChromium(inject('baseUrl'));

// Every page as it opens is checked by tests/browser/every-page-*.test.ts; here, the states pages get into.
describe('axe finds no WCAG 2.2 A or AA violations', () => {
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
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  test('on a guide at 320 pixels wide', async () => {
    const page = await chromium.open('/counsellors/sextortion/', { viewport: { width: 320, height: 640 } });

    expect(await violations(page)).toEqual([]);
  });
});
