import { expect, inject, test } from 'vitest';
import { overflow, useChromium } from '../helpers/browser';

const chromium = useChromium(inject('baseUrl'));

// Each page's own layout (320 pixels wide, a counsellor guide's call card, a young people's guide on a phone) is
// checked on the visit every page gets: tests/helpers/every-page.ts. Here, what holds across widths.

// The header changes layout at 40rem and 72rem; check each side of both, with the site's longest labels.
test.each([600, 700, 1024, 1100, 1160])(
  'the home and a guide need no sideways scrolling at %i pixels wide',
  async (width) => {
    // Both languages: French labels are longer.
    for (const path of ['/', '/counsellors/sextortion/', '/fr/', '/fr/counsellors/sextortion/']) {
      const page = await chromium.open(path, { viewport: { width, height: 768 } });

      expect(await overflow(page), path).toBeLessThanOrEqual(0);
    }
  },
);

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
