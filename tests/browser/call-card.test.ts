/**
 * A counsellor guide's call card mid-call: Alt+C brings it back from anywhere in the guide, it prints alone on
 * one page, and "Copy link" hands the caller the same topic's guide for young people or for parents.
 */
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../helpers/browser';

const chromium = useChromium(inject('baseUrl'));

describe('Alt+C', () => {
  test('brings the focus back to the call card from the end of the guide', async () => {
    const page = await chromium.open('/counsellors/grooming/');
    await page
      .getByRole('link', { name: /^Sources/ })
      .or(page.locator('footer a').first())
      .first()
      .focus();

    await page.keyboard.press('Alt+c');

    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-call-card'))).toBe(true);
    expect(
      await page.evaluate(() => document.querySelector('[data-call-card]')!.getBoundingClientRect().top),
    ).toBeLessThan(300);
  });
});

describe('"Print this call card"', () => {
  test('prints the card alone: the print dialog opens with only the title and the card to print', async () => {
    const page = await chromium.open('/counsellors/sextortion/');
    await page.evaluate(() => {
      // Note what would be printed at the moment the print dialog would open.
      window.print = () => {
        (window as unknown as { printed: string }).printed = document.documentElement.dataset.printPart ?? 'whole page';
      };
    });

    await page.getByRole('button', { name: 'Print this call card' }).click();

    expect(await page.evaluate(() => (window as unknown as { printed: string }).printed)).toBe('call-card');
  });

  test('in print, hides everything but the title, the card and its address', async () => {
    const page = await chromium.open('/counsellors/sextortion/');
    await page.evaluate(() => (document.documentElement.dataset.printPart = 'call-card'));
    await page.emulateMedia({ media: 'print' });

    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Red flags' }).isVisible()).toBe(true);
    expect(await page.getByText(/^Call card from https:\/\/.+\/counsellors\/sextortion\/$/).isVisible()).toBe(true);
    for (const hidden of ['.lead', '.guide__body', '.site-header', '.quick-exit', '.call-card-tools']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
  });

  // Every counsellor guide printing its card on one sheet is checked on the visit every page gets:
  // tests/helpers/every-page.ts.
});

describe('"Copy link" for the caller', () => {
  test("copies the young people's guide on the same topic and shows what was copied", async () => {
    const page = await chromium.open('/counsellors/sextortion/', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });

    await page.getByRole('button', { name: /^Copy link: .* guide for young people$/ }).click();

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^https:\/\/[^/]+\/young-people\/sextortion\/$/);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toContain(copied);
  });

  test("copies the parents' guide too, without asking for the clipboard permission", async () => {
    const page = await chromium.open('/counsellors/grooming/');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });

    await page.getByRole('button', { name: /^Copy link: .* guide for parents and carers$/ }).click();

    await expect
      .poll(() => page.locator('[data-copy-status]').textContent())
      .toMatch(/^Copied the link to the .+: https:\/\/.+\/parents\/grooming\/$/);
  });

  test('without JavaScript, the two guides are plain links', async () => {
    const page = await chromium.open('/counsellors/grooming/', { javaScriptEnabled: false });

    expect(
      await page
        .locator('.call-card-tools a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
    ).toEqual(['/young-people/grooming/', '/parents/grooming/']);
    expect(await page.getByRole('button', { name: /^Copy link/ }).count()).toBe(0);
  });
});
