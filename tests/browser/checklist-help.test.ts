/**
 * "Show help for" on the printable checklists: it switches the help box. That every checklist still prints on one
 * page with its tallest country help is checked on the visit every page gets: tests/helpers/every-page.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../helpers/browser';

const chromium = useChromium(inject('baseUrl'));

/** The places whose help box is showing. */
const shownPlaces = (page: Page) =>
  page
    .locator('[data-help-place]')
    .evaluateAll((boxes) =>
      boxes.filter((box) => !(box as HTMLElement).hidden).map((box) => (box as HTMLElement).dataset.helpPlace),
    );

describe('on a checklist, "Show help for"', () => {
  test('shows the international help until a country is chosen, then that country’s', async () => {
    const page = await chromium.open('/young-people/sextortion/checklist/');
    const select = page.getByLabel('Show help for');

    expect(await shownPlaces(page)).toEqual(['international']);
    // Before a country is chosen, every country's emergency number shows, but no country's own services.
    expect(
      await page
        .getByText(/^\s*If you are in danger now, call your local emergency number: .*999 in the United Kingdom/)
        .isVisible(),
    ).toBe(true);
    expect(await page.getByText('Childline', { exact: true }).isVisible()).toBe(false);

    await select.selectOption({ label: 'United Kingdom' });

    expect(await shownPlaces(page)).toEqual(['GB']);
    expect(await page.getByRole('link', { name: '999' }).isVisible()).toBe(true);
    expect(await page.getByText('Childline', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(/^\s*If you are in danger now, call your local emergency number/).isVisible()).toBe(
      false,
    );
  });

  test('changes nothing in the address and stores nothing', async () => {
    const page = await chromium.open('/parents/grooming/checklist/');

    await page.getByLabel('Show help for').selectOption({ label: 'Australia' });

    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/parents/grooming/checklist/');
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
      0,
      0,
      '',
    ]);
  });

  test("is left out of a school's pack, whose every sheet shows the help that works anywhere", async () => {
    const page = await chromium.open('/schools/checklists/parents/');

    expect(await page.getByLabel('Show help for').count()).toBe(0);
    const shown = await shownPlaces(page);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.every((place) => place === 'international')).toBe(true);
    // Each sheet still names the emergency numbers where the readers live.
    expect(await page.getByRole('link', { name: '999' }).count()).toBe(shown.length);
  });

  test('offers, on a French checklist, the countries where French is spoken, in French', async () => {
    const page = await chromium.open('/fr/parents/grooming/checklist/');
    const select = page.getByLabel('Afficher l’aide pour');

    expect(await select.locator('option').allTextContents()).toEqual([
      'Partout',
      'Belgique',
      'Canada',
      'France',
      'Luxembourg',
      'Maroc',
      'Suisse',
    ]);
    await select.selectOption({ label: 'France' });
    expect(await shownPlaces(page)).toEqual(['FR']);
    expect(await page.getByRole('link', { name: '17', exact: true }).isVisible()).toBe(true);
  });

  test('is not there without JavaScript, and the international help shows', async () => {
    const page = await chromium.open('/parents/sextortion/checklist/', { javaScriptEnabled: false });

    expect(await page.getByLabel('Show help for').isVisible()).toBe(false);
    expect(await shownPlaces(page)).toEqual(['international']);
  });
});
