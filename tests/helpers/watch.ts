/**
 * Watching a page for traces: every request to another origin and every breach of the content security policy,
 * from the first byte, and everything the browser keeps for the site afterwards.
 */
import type { Page } from 'playwright-core';
import type { useChromium } from './browser';

type Chromium = ReturnType<typeof useChromium>;

export interface Watch {
  elsewhere: string[];
  violations: string[];
}

/**
 * Opens a page (once it has loaded) while noting every request to another origin and every policy violation,
 * from the start and for as long as the page stays open: wait for what you mean to check, for example
 * `page.waitForLoadState('networkidle')`, before reading the watch. `keep` is as for `chromium.open`.
 */
export async function openWatched(
  chromium: Chromium,
  baseUrl: string,
  path: string,
  { keep = false }: { keep?: boolean } = {},
): Promise<{ page: Page; watch: Watch }> {
  const watch: Watch = { elsewhere: [], violations: [] };
  const page = await chromium.open('about:blank', { keep });
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.origin !== new URL(baseUrl).origin) {
      watch.elsewhere.push(request.url());
    }
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) watch.violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => watch.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  await page.goto(new URL(path, baseUrl).href);
  return { page, watch };
}

/** Everything the browser keeps for this site: cookies, both storages, databases, caches, service workers. */
export async function traces(page: Page) {
  const stored = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  return { cookies: (await page.context().cookies()).length, ...stored };
}

export const NO_TRACES = { cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0, serviceWorkers: 0 };
