/** A new visitor: a browser context of its own, so an empty cache, at the screen size the browser tests use. */
import type { Browser, BrowserContext } from 'playwright-core';

export const freshContext = (browser: Browser): Promise<BrowserContext> => browser.newContext({ viewport: { width: 1366, height: 768 } });
