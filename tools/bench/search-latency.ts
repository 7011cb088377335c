/**
 * Search latency in Chromium, keypress to results visible, through the site's search overlay: on any page, "/"
 * opens `dialog[data-site-search]` with `input[data-site-search-input]` focused; once the results of a query are
 * rendered in `[data-site-search-results]`, the overlay sets its `data-shown` to the text searched (and `data-query`
 * once each first guide's best section has been added, a moment later: the guides are on screen before). The clock
 * starts in the page at the keydown of the query's last character and stops when `data-shown` names the whole
 * query and a result (or the "no results" state) is there.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freshContext } from './fresh-visit.ts';
import type { NotMeasured, SearchLatency } from './results.ts';
import { spread } from './stats.ts';

/** The page each visit starts on: a guide, where a reader in trouble is most likely to search from. */
export const SEARCH_FROM = '/young-people/sextortion/';

const OVERLAY_WAIT_MS = 5_000;
const RESULTS_WAIT_MS = 15_000;

interface Timed {
  ms: number;
  options: number;
}

/**
 * Cold: each query is the first search of its own visit (a fresh context, so nothing cached). Warm: one visit
 * searches once to load Pagefind, then times every query, the first of them last so that no query follows
 * itself.
 */
export async function measureSearchLatency(browser: Browser, baseUrl: string, queries: readonly string[]): Promise<SearchLatency | NotMeasured> {
  const url = new URL(SEARCH_FROM, baseUrl).href;
  const noResults = new Set<string>();
  const note = (query: string, { ms, options }: Timed): number => {
    if (options === 0) noResults.add(query);
    return ms;
  };

  const cold: number[] = [];
  for (const query of queries) {
    const visit = await openSearch(browser, url);
    if ('status' in visit) return visit;
    try {
      cold.push(note(query, await timeQuery(visit.page, query)));
    } finally {
      await visit.context.close();
    }
  }

  const warm: number[] = [];
  const visit = await openSearch(browser, url);
  if ('status' in visit) return visit;
  try {
    await timeQuery(visit.page, queries[0]);
    for (const query of [...queries.slice(1), queries[0]]) {
      // Select what is in the box so that the query is typed over it, as a reader starting again would.
      await visit.page.keyboard.press('Control+A');
      warm.push(note(query, await timeQuery(visit.page, query)));
    }
  } finally {
    await visit.context.close();
  }

  return { status: 'measured', page: SEARCH_FROM, queries: [...queries], noResults: [...noResults], cold: spread(cold), warm: spread(warm) };
}

/** A fresh visit to `url` with the overlay opened by "/", or why it could not be opened. */
async function openSearch(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page } | NotMeasured> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    const opened = await page
      .waitForFunction(() => document.activeElement?.matches('dialog[data-site-search] input[data-site-search-input]') ?? false, undefined, {
        timeout: OVERLAY_WAIT_MS,
      })
      .then(
        () => true,
        () => false,
      );
    if (opened) return { context, page };
  } catch (error) {
    await context.close();
    throw error;
  }
  await context.close();
  return {
    status: 'not measured',
    reason: `search overlay not found: pressing "/" on ${new URL(url).pathname} did not focus input[data-site-search-input] in dialog[data-site-search] within ${OVERLAY_WAIT_MS / 1000} s`,
  };
}

/** Types `query` into the focused search box and times it in the page, from the last keydown to its results. */
async function timeQuery(page: Page, query: string): Promise<Timed> {
  await page.evaluate(startClock, { query, timeoutMs: RESULTS_WAIT_MS });
  await page.keyboard.type(query);
  return page.evaluate(() => (window as unknown as ClockWindow).searchBench);
}

interface ClockWindow {
  searchBench: Promise<Timed>;
}

/** Runs in the page: arms the clock for one query. Serialised by Playwright, so it uses nothing from outside. */
function startClock({ query, timeoutMs }: { query: string; timeoutMs: number }): void {
  let keydownAt = Number.NaN;
  const onKeydown = () => {
    keydownAt = performance.now();
  };
  // Capture on window runs before any handler of the page's own, so the clock starts as the key goes down.
  window.addEventListener('keydown', onKeydown, { capture: true });
  (window as unknown as ClockWindow).searchBench = new Promise<Timed>((resolve, reject) => {
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('keydown', onKeydown, { capture: true });
    };
    const observer = new MutationObserver(() => {
      const results = document.querySelector('[data-site-search-results]');
      if (!results || results.getAttribute('data-shown') !== query) return;
      const options = results.querySelectorAll('[role="option"]').length;
      const shownAt = performance.now();
      stop();
      resolve({ ms: shownAt - keydownAt, options });
    });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no results shown for "${query}" within ${timeoutMs / 1000} s of typing it`));
    }, timeoutMs);
  });
}
