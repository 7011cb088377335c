import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { SHIFT_WINDOW_MS } from '../../src/browser/quick-exit';
import { dictionary } from '../../src/i18n';

const EXIT_URL = dictionary('en').meta.exitUrl;
import { useChromium } from '../helpers/browser';

const chromium = useChromium(inject('baseUrl'));
const GUIDE = '/young-people/sextortion/';

/**
 * A reader who came from the about page to a guide. The neutral page is answered locally (CI has no
 * internet), at the real address, so the test sees exactly where the exit goes.
 */
async function readerOnGuide(): Promise<Page> {
  const page = await chromium.open('/about/');
  await page
    .context()
    .route(`${EXIT_URL}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Sunny spells</p>' }),
    );
  await page.goto(new URL(GUIDE, page.url()).href);
  return page;
}

/** Does `leave`, then checks: the tab shows the neutral page in place of the guide, and Back skips the guide. */
async function expectExit(page: Page, leave: () => Promise<void>): Promise<void> {
  const entries = await page.evaluate(() => history.length);

  await leave();

  await page.waitForURL(`${EXIT_URL}**`);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe('/about/');
}

describe('Exit this page', () => {
  test('the red button leaves for the neutral page, and Back does not return to the guide', async () => {
    const page = await readerOnGuide();

    await expectExit(page, () => page.getByRole('link', { name: 'Exit this page', exact: true }).click());
  });

  test('hides the page at once, before it starts to leave', async () => {
    const page = await readerOnGuide();
    const seen: string[] = [];
    await page.exposeFunction('reportHidden', (path: string) => seen.push(path));
    await page.evaluate(() => {
      const report = (window as unknown as { reportHidden: (path: string) => void }).reportHidden;
      new MutationObserver(() => document.body.hidden && report(location.pathname)).observe(document.body, {
        attributes: true,
      });
    });

    await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
    await page.waitForURL(`${EXIT_URL}**`);

    expect(seen).toEqual(['/young-people/sextortion/']);
  });

  test('works from the keyboard: Tab to the button and press Enter', async () => {
    const page = await readerOnGuide();

    await page.getByRole('link', { name: 'Exit this page', exact: true }).focus();

    await expectExit(page, () => page.keyboard.press('Enter'));
  });

  test('the skip link, first in the page for screen-reader and speech users, leaves too', async () => {
    const page = await readerOnGuide();

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Exit this page now');

    await expectExit(page, () => page.keyboard.press('Enter'));
  });

  test('pressing Shift three times leaves, and a live message counts the presses', async () => {
    const page = await readerOnGuide();
    const status = page.getByRole('status').filter({ hasText: /Shift|Leaving/ });

    await page.keyboard.press('Shift');
    await expect.poll(() => status.textContent()).toBe('Shift pressed. Press it 2 more times to leave this page.');
    await page.keyboard.press('Shift');

    await expectExit(page, () => page.keyboard.press('Shift'));
  });

  test('Shift used for a capital letter, or any other key between, does not count', async () => {
    const page = await readerOnGuide();

    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await page.keyboard.press('x');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');

    expect(new URL(page.url()).pathname).toBe(GUIDE);
  });

  test('presses more than five seconds apart start the count again', async () => {
    const page = await readerOnGuide();
    await page.clock.install();
    await page.reload();

    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.clock.fastForward(SHIFT_WINDOW_MS + 1000);
    await page.keyboard.press('Shift');

    expect(new URL(page.url()).pathname).toBe(GUIDE);
    expect(await page.getByRole('status').filter({ hasText: 'Shift' }).textContent()).toBe(
      'Shift pressed. Press it 2 more times to leave this page.',
    );
  });

  test('a page restored from the browser’s page cache shows normally', async () => {
    const page = await readerOnGuide();

    await page.evaluate(() => {
      document.body.hidden = true;
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });

    expect(await page.evaluate(() => document.body.hidden)).toBe(false);
  });

  test('stays in reach on a small screen as the page scrolls', async () => {
    const page = await chromium.open(GUIDE, { viewport: { width: 320, height: 640 } });

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const box = await page.getByRole('link', { name: 'Exit this page', exact: true }).boundingBox();

    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
  });

  test('is hidden in print', async () => {
    const page = await chromium.open(GUIDE);

    await page.emulateMedia({ media: 'print' });

    expect(await page.getByRole('link', { name: 'Exit this page', exact: true }).isVisible()).toBe(false);
  });
});
