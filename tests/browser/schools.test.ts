import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../helpers/browser';

const chromium = useChromium(inject('baseUrl'));

describe('the Copy link buttons on /schools/', () => {
  test('copy the full address of the guide and say what was copied', async () => {
    const page = await chromium.open('/schools/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const button = page.getByRole('button', { name: 'Copy link: Contact from strangers guide for parents and carers' });

    await button.focus();
    await page.keyboard.press('Enter');

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^https:\/\/[^/]+\/parents\/unsolicited-contact\/$/);
    await expect
      .poll(() => page.locator('[data-copy-status]').textContent())
      .toBe(`Copied the link to the Contact from strangers guide for parents and carers: ${copied}`);
  });

  test('still copy where the Clipboard API is refused', async () => {
    const page = await chromium.open('/schools/');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });

    await page
      .getByRole('button', { name: 'Copy link: Sexual extortion (sextortion) checklist for young people' })
      .click();

    await expect
      .poll(() => page.locator('[data-copy-status]').textContent())
      .toMatch(
        /^Copied the link to the Sexual extortion \(sextortion\) checklist for young people: https:\/\/.+\/young-people\/sextortion\/checklist\/$/,
      );
  });
});
