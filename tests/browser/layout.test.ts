import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../helpers/browser';
import { builtPages } from '../helpers/dist';
import { pathInLang } from '../../src/i18n/languages';

const chromium = useChromium(inject('baseUrl'));
const pages = builtPages();

describe("a counsellor guide's call card", () => {
  test.each(pages.filter((path) => /^\/counsellors\/[^/]+\/$/.test(pathInLang(path, 'en'))))(
    'on %s is whole on a 1366×768 screen when the page opens, before any narrative',
    async (path) => {
      const page = await chromium.open(path, { viewport: { width: 1366, height: 768 } });

      const layout = await page.evaluate(() => {
        const card = document.querySelector('.call-card')!.getBoundingClientRect();
        const narrative = document.querySelector('.guide__body')!.getBoundingClientRect();
        return { cardBottom: card.bottom, cardHeight: card.height, narrativeTop: narrative.top };
      });

      expect(layout.cardHeight).toBeGreaterThan(100);
      expect(layout.cardBottom).toBeLessThanOrEqual(768);
      expect(layout.narrativeTop).toBeGreaterThan(layout.cardBottom);
    },
  );
});

describe("a young people's guide on a phone", () => {
  // A frightened reader on a 375×667 phone reads the summary, then must reach step 1 with one more screen.
  test.each(pages.filter((path) => /^\/young-people\/[^/]+\/$/.test(pathInLang(path, 'en'))))(
    'on %s shows step 1 within one screen after the summary',
    async (path) => {
      const page = await chromium.open(path, { viewport: { width: 375, height: 667 } });

      const layout = await page.evaluate(() => {
        const summary = document.querySelector('.guide .lead')!.getBoundingClientRect();
        const firstStep = document.querySelector('.guide__body .steps li')!.getBoundingClientRect();
        return { summaryBottom: summary.bottom, stepBottom: firstStep.bottom };
      });

      expect(layout.stepBottom - layout.summaryBottom).toBeLessThanOrEqual(667);
    },
  );
});

// The header changes layout at 40rem and 72rem; check each side of both, with the site's longest labels.
test.each([600, 700, 1024, 1100, 1160])(
  'the home and a guide need no sideways scrolling at %i pixels wide',
  async (width) => {
    // Both languages: French labels are longer.
    for (const path of ['/', '/counsellors/sextortion/', '/fr/', '/fr/counsellors/sextortion/']) {
      const page = await chromium.open(path, { viewport: { width, height: 768 } });

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  },
);

describe('at 320 pixels wide', () => {
  test.each(pages)('%s needs no sideways scrolling', async (path) => {
    const page = await chromium.open(path, { viewport: { width: 320, height: 640 } });

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('a "what to do now" step list is a list with a numbered circle on every step', async () => {
  const page = await chromium.open('/young-people/sextortion/');
  const list = page.locator('.steps ol').first();

  const markers = await list.evaluate((ol) =>
    [...ol.children].map((item) => {
      const marker = getComputedStyle(item, '::before');
      return { content: marker.content, width: marker.width };
    }),
  );

  expect(await list.getAttribute('role')).toBe('list');
  expect(markers.length).toBeGreaterThanOrEqual(3);
  for (const marker of markers) expect(marker).toEqual({ content: 'counter(step)', width: '32px' });
});
