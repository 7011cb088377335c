/**
 * The counsellors' offline copy in Chromium: nothing is stored until a counsellor switches it on at /counsellors/;
 * once on, search and every page work with the network gone; a new deploy replaces the copy; switching it off
 * leaves no worker and no cache. Each test serves the site from its own server (a new origin, so a fresh start),
 * and "offline" means that server is stopped as well as the browser told it is offline.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { writeOfflineWorker } from '../../src/build/offline-worker';
import { launchChromium } from '../helpers/browser';
import { builtPages, DIST, readPage } from '../helpers/dist';
import { startStaticServer } from '../helpers/static-server';
import { guideOfPath } from '../../src/lib/routes';

const SWITCH_ON = 'Keep these guides available offline on this device';
const SWITCH_OFF = 'Remove the offline copy from this device';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Serves `root` on a new origin; `stop()` closes the server and every connection to it. */
async function serve(root = DIST) {
  const { server, baseUrl } = await startStaticServer(root);
  return { baseUrl, stop: () => stopServer(server) };
}

function stopServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A fresh browser profile, noting every request to another origin and every breach of a page's policy. */
async function newContext(baseUrl: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 768 }, ...options });
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.origin !== baseUrl)
      elsewhere.push(request.url());
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { context, page, elsewhere, violations };
}

/** Goes offline for real: the server stops, and Chromium is told it has no network. */
async function goOffline(context: BrowserContext, stop: () => Promise<void>) {
  await stop();
  await context.setOffline(true);
}

/** What this origin keeps in the browser: service worker registrations and Cache Storage caches. */
function stored(page: Page) {
  return page.evaluate(async () => ({
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    caches: (await caches.keys()).length,
  }));
}

/** Waits until the status line says the message the component keeps for `name` (its words, not ours). */
async function waitForStatus(page: Page, name: string) {
  await page.waitForFunction((message) => {
    const says = document.querySelector(`[data-offline-says="${message}"]`)?.textContent;
    return !!says && document.querySelector('[data-offline-status]')?.textContent === says;
  }, name);
}

async function switchOn(page: Page) {
  await page.goto('/counsellors/');
  await page.getByRole('button', { name: SWITCH_ON }).click();
  await waitForStatus(page, 'ready');
}

/** The page's h1 as the built file has it, read by the browser's own parser. */
function builtHeading(page: Page, path: string) {
  return page.evaluate(
    (html) => new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent,
    readPage(path),
  );
}

async function expectPage(page: Page, path: string) {
  await page.goto(path);
  expect(await page.locator('h1').textContent(), path).toBe(await builtHeading(page, path));
}

/** One guide per audience, each on a different topic, none of them opened before. */
function threeGuides(): string[] {
  const guides = builtPages().filter((path) => /^\/(young-people|parents|counsellors)\/[^/]+\/$/.test(path));
  const picked: string[] = [];
  for (const audience of ['young-people', 'parents', 'counsellors']) {
    const topics = picked.map((path) => guideOfPath(path)?.topic);
    picked.push(guides.find((path) => path.startsWith(`/${audience}/`) && !topics.includes(guideOfPath(path)?.topic))!);
  }
  return picked;
}

/** A site and a browser profile for one test, both closed when it ends. */
async function freshStart(root = DIST, options: { javaScriptEnabled?: boolean } = {}) {
  const { baseUrl, stop } = await serve(root);
  const session = await newContext(baseUrl, options);
  onTestFinished(async () => {
    await session.context.close();
    await stop();
  });
  return { ...session, stop };
}

test('opening the hub and other pages stores nothing: the copy is only ever switched on by hand', async () => {
  const { page } = await freshStart();

  await page.goto('/counsellors/');
  await page.getByRole('button', { name: SWITCH_ON }).waitFor();
  expect(await stored(page)).toEqual({ serviceWorkers: 0, caches: 0 });

  for (const path of ['/parents/', '/search/', threeGuides()[2]]) {
    await page.goto(path);
    expect(await page.getByRole('button', { name: SWITCH_ON }).count(), path).toBe(0);
  }
  expect(await stored(page)).toEqual({ serviceWorkers: 0, caches: 0 });
});

test('without JavaScript the hub says what an offline copy needs, and offers no button', async () => {
  const { page } = await freshStart(DIST, { javaScriptEnabled: false });

  await page.goto('/counsellors/');

  expect(await page.locator('[data-offline-unsupported]').textContent()).toMatch(
    /needs JavaScript and a browser that supports service workers/,
  );
  expect(await page.locator('[data-offline-unsupported]').isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: SWITCH_ON }).count()).toBe(0);
});

describe('switched on, then off', () => {
  let session: Awaited<ReturnType<typeof newContext>>;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const server = await serve();
    stop = server.stop;
    session = await newContext(server.baseUrl);
  });
  afterAll(async () => {
    await session.context.close();
    await stop();
  });

  test('once switched on, search and pages never opened before work with the network gone', async () => {
    const { context, page, elsewhere, violations } = session;

    await switchOn(page);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(SWITCH_OFF);
    expect(await stored(page)).toEqual({ serviceWorkers: 1, caches: 1 });
    await goOffline(context, stop);

    // Search on the search page, and open the first result.
    await page.goto('/search/');
    await page.keyboard.type('blackmail');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === 'blackmail',
    );
    const firstResult = page.locator('[data-search-results] [role="option"]').first();
    const result = new URL((await firstResult.getAttribute('href'))!, page.url()).pathname;
    await Promise.all([page.waitForURL(`**${result}`), firstResult.click()]);
    expect(await page.locator('h1').textContent()).toBe(await builtHeading(page, result));

    // The search dialog, from a counsellor guide, by keyboard: `/`, the words, ↓ to the red flags, Enter.
    await page.goto('/counsellors/grooming/');
    await page.keyboard.press('/');
    await page.keyboard.type('blackmail');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-site-search-results]')?.dataset.query === 'blackmail',
    );
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/counsellors\/[a-z-]+\/#red-flags$/), page.keyboard.press('Enter')]);
    expect(await page.locator('#red-flags').isVisible()).toBe(true);

    // A search sent in the address (?q=), as the search page is linked from the dialog.
    await page.goto('/search/?q=stranger');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === 'stranger',
    );
    expect(await page.locator('[data-search-results] .search-option--guide').count()).toBeGreaterThan(0);

    for (const path of [...threeGuides(), '/terms/', '/parents/sextortion/checklist/', '/'])
      await expectPage(page, path);
    expect(elsewhere).toEqual([]);
    expect(violations).toEqual([]);
  });

  test('switched off, no worker and no cache is left, and the site no longer opens offline', async () => {
    const { page } = session;

    await page.goto('/counsellors/');
    await waitForStatus(page, 'on');
    await page.getByRole('button', { name: SWITCH_OFF }).click();
    await waitForStatus(page, 'removed');

    expect(await stored(page)).toEqual({ serviceWorkers: 0, caches: 0 });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(SWITCH_ON);
    await expect(page.goto('/about/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/);
  });
});

test('a new deploy replaces the copy: changed pages update and removed ones are gone', async () => {
  const root = mkdtempSync(join(tmpdir(), 'offline-deploy-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(DIST, root, { recursive: true });
  const { context, page, stop } = await freshStart(root);
  const [changed] = threeGuides();
  await switchOn(page);

  // The next deploy: one guide's heading changes, the about page goes, and the build writes a new worker.
  const file = join(root, changed, 'index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/(<h1[^>]*>)([^<]*)/, '$1$2 (updated)'));
  rmSync(join(root, 'about'), { recursive: true });
  await writeOfflineWorker(root);

  // Opening any page online lets the browser find the new worker, which stores the changes and takes over.
  await page.goto('/counsellors/');
  await expect
    .poll(
      () =>
        page.evaluate(async (path) => {
          const registration = await navigator.serviceWorker.getRegistration();
          if (!registration?.active || registration.installing || registration.waiting) return false;
          const cache = await caches.open((await caches.keys())[0]);
          const copies = (await cache.keys()).filter(
            (request) => new URL(request.url).pathname === `${path}index.html`,
          );
          const texts = await Promise.all(copies.map(async (request) => (await cache.match(request))!.text()));
          return texts.length === 1 && texts[0].includes('(updated)');
        }, changed),
      { timeout: 30_000, interval: 250 },
    )
    .toBe(true);
  await goOffline(context, stop);

  await page.goto(changed);
  expect(await page.locator('h1').textContent()).toMatch(/\(updated\)$/);
  await expect(page.goto('/about/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/);
});
