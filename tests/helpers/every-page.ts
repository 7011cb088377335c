/**
 * What holds on every page of the site, checked on one visit each: axe finds no WCAG 2.2 A or AA violation; the
 * browser makes no request to another site, keeps nothing and reports no breach of the content security policy;
 * nothing scrolls sideways at 320 px. And what holds on every page of a kind: a counsellor guide's call card is
 * whole on a laptop's screen and prints alone on one sheet; a checklist prints on one sheet, whichever country's
 * help shows; a young people's guide reaches step 1 on a phone.
 *
 * Opening a page costs more than most checks of it, so each page is opened once and its tests run in turn on that
 * visit; the tests that resize the window or print come after those that need the page as it opened, and put back
 * what they change. The pages are split between the every-page-*.test.ts files, which run side by side.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { pathInLang } from '../../src/i18n/languages';
import { violations } from './axe';
import { overflow, useChromium } from './browser';
import { builtPages } from './dist';
import { pdfPageCount } from './pdf';
import { NO_TRACES, openWatched, traces, type Watch } from './watch';

/** The page's kind, whatever its language: `/fr/counsellors/grooming/` is a counsellor guide. */
const isKind = (pattern: RegExp) => (path: string) => pattern.test(pathInLang(path, 'en'));
const isCounsellorGuide = isKind(/^\/counsellors\/[^/]+\/$/);
const isYoungPeopleGuide = isKind(/^\/young-people\/[^/]+\/$/);
const isChecklist = isKind(/\/checklist\/$/);

/** Chooses a place in a checklist's "Show help for", as the reader would; the box is hidden in print. */
const choosePlace = (page: Page, place: string) =>
  page.evaluate((place) => {
    const select = document.querySelector<HTMLSelectElement>('[data-help-select]')!;
    select.value = place;
    select.dispatchEvent(new Event('change'));
  }, place);

/**
 * Measures a checklist with each place's help showing, then leaves the tallest showing. Returns it and the place
 * chosen before.
 */
async function showTallestCountryHelp(page: Page): Promise<{ tallest: string; before: string }> {
  const places = await page
    .locator('[data-help-select] option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const before = await page.locator('[data-help-select]').inputValue();
  let tallest = { place: before, height: 0 };
  for (const place of places) {
    await choosePlace(page, place);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height > tallest.height) tallest = { place, height };
  }
  await choosePlace(page, tallest.place);
  return { tallest: tallest.place, before };
}

/** Checks every `count`th page, starting at `part` (0-based): the file's share of the site. */
export function checkEveryPage(part: number, count: number): void {
  const baseUrl = inject('baseUrl');
  const chromium = useChromium(baseUrl);
  const pages = builtPages().filter((_, index) => index % count === part);

  describe.each(pages)('%s', (path) => {
    // One visit for all the tests below, at 1366×768 as it opens.
    let page: Page;
    let watch: Watch;
    beforeAll(async () => {
      ({ page, watch } = await openWatched(chromium, baseUrl, path, { keep: true }));
    });
    afterAll(async () => {
      await page?.context().close();
    });

    if (isCounsellorGuide(path)) {
      test('shows the call card whole on a 1366×768 screen as it opens, before any narrative', async () => {
        const layout = await page.evaluate(() => {
          const card = document.querySelector('.call-card')!.getBoundingClientRect();
          const narrative = document.querySelector('.guide__body')!.getBoundingClientRect();
          return { cardBottom: card.bottom, cardHeight: card.height, narrativeTop: narrative.top };
        });

        expect(layout.cardHeight).toBeGreaterThan(100);
        expect(layout.cardBottom).toBeLessThanOrEqual(768);
        expect(layout.narrativeTop).toBeGreaterThan(layout.cardBottom);
      });
    }

    test('meets WCAG 2.2 AA by axe, asks nothing of other sites, keeps nothing and breaks no policy', async () => {
      // The network goes quiet (no request for half a second) while axe runs.
      const [, found] = await Promise.all([page.waitForLoadState('networkidle'), violations(page)]);

      expect(watch.elsewhere).toEqual([]);
      expect(await traces(page)).toEqual(NO_TRACES);
      expect(watch.violations).toEqual([]);
      expect(found).toEqual([]);
    });

    if (isCounsellorGuide(path)) {
      test('prints its call card alone on one sheet of A4 and one of Letter', async () => {
        for (const format of ['A4', 'Letter']) {
          // As "Print this call card" asks of the print style sheet, until the page hears `afterprint`.
          await page.evaluate(() => (document.documentElement.dataset.printPart = 'call-card'));

          expect(pdfPageCount(await page.pdf({ format, printBackground: true })), format).toBe(1);
        }
      });
    }

    if (isChecklist(path)) {
      test('prints on one sheet of A4 and one of Letter, with the help for anywhere and with its tallest country help', async () => {
        for (const format of ['A4', 'Letter']) {
          expect(pdfPageCount(await page.pdf({ format, printBackground: true })), `anywhere, ${format}`).toBe(1);
        }

        // About the width of A4 inside the print margins, so lines wrap as they will on paper.
        await page.setViewportSize({ width: 680, height: 960 });
        await page.emulateMedia({ media: 'print' });
        const { tallest, before } = await showTallestCountryHelp(page);
        for (const format of ['A4', 'Letter']) {
          expect(pdfPageCount(await page.pdf({ format, printBackground: true })), `${tallest}, ${format}`).toBe(1);
        }

        // Back as it opened, for the tests after this one.
        await choosePlace(page, before);
        await page.emulateMedia({ media: null });
      });
    }

    if (isYoungPeopleGuide(path)) {
      // A frightened reader on a 375×667 phone reads the summary, then must reach step 1 with one more screen.
      test('on a 375×667 phone shows step 1 within one screen after the summary', async () => {
        await page.setViewportSize({ width: 375, height: 667 });

        const layout = await page.evaluate(() => {
          const summary = document.querySelector('.guide .lead')!.getBoundingClientRect();
          const firstStep = document.querySelector('.guide__body .steps li')!.getBoundingClientRect();
          return { summaryBottom: summary.bottom, stepBottom: firstStep.bottom };
        });

        expect(layout.stepBottom - layout.summaryBottom).toBeLessThanOrEqual(667);
      });
    }

    test('needs no sideways scrolling at 320 pixels wide', async () => {
      await page.setViewportSize({ width: 320, height: 640 });

      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });
  });
}
