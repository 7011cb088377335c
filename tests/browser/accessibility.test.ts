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
    await page.locator('.pf-result').first().waitFor();

    expect(await violations(page)).toEqual([]);
  });

  test('on a guide at 320 pixels wide', async () => {
    const page = await chromium.open('/counsellors/sextortion/', { viewport: { width: 320, height: 640 } });

    expect(await violations(page)).toEqual([]);
  });
});
