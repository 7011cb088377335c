/**
 * Launches Debian's Chromium with playwright-core. Never downloads a browser: it uses CHROME_PATH or
 * /usr/bin/chromium, and fails with a one-line install hint when neither exists.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}: install it with \`sudo apt-get install chromium\` or set CHROME_PATH.`);
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. Call at the top of the file;
 * `open()` gives a fresh page (its own context: no shared cookies or cache) at a path of the site, closed after
 * the test. With `keep: true` the page outlives the test, for several tests on one visit: the caller closes its
 * context (`page.context().close()`), in an afterAll.
 */
export function useChromium(baseUrl: string) {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    async open(
      path: string,
      { keep = false, ...options }: BrowserContextOptions & { keep?: boolean } = {},
    ): Promise<Page> {
      if (!browser) throw new Error('Chromium is not running');
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, ...options });
      if (!keep) contexts.push(context);
      const page = await context.newPage();
      await page.goto(new URL(path, baseUrl).href);
      return page;
    },
  };
}

/** How far a page scrolls sideways, in CSS pixels: 0 or less when it fits its window. */
export const overflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
