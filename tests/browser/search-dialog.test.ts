/**
 * The search dialog, keyboard first: `/` or Ctrl+K from any page, results as you type, arrows and Enter, Esc.
 * Its code and Pagefind load only when someone shows they want to search, never with the page.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { useChromium } from '../helpers/browser';

const chromium = useChromium(inject('baseUrl'));

const isSearchCode = (request: Request) => /\/pagefind\/|\/search-dialog|\/search\/words\.json/.test(request.url());

/** Opens a page, noting every request for the dialog's code or Pagefind from the very start. */
async function openNoting(path: string, options = {}) {
  const page = await chromium.open('about:blank', options);
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (isSearchCode(request)) searchRequests.push(new URL(request.url()).pathname);
  });
  await page.goto(new URL(path, inject('baseUrl')).href, { waitUntil: 'networkidle' });
  return { page, searchRequests };
}

/** Types into the open dialog and waits until the list shows the results of exactly those words. */
async function typeAndWait(page: Page, words: string) {
  await page.keyboard.type(words);
  await page.waitForFunction(
    (typed) => document.querySelector<HTMLElement>('[data-site-search-results]')?.dataset.query === typed,
    words,
  );
}

const optionUrls = (page: Page) =>
  page
    .locator('[data-site-search-results] [role="option"]')
    .evaluateAll((options) => options.map((option) => option.getAttribute('aria-label')));

const activeOption = (page: Page) =>
  page.evaluate(() => {
    const id = document.activeElement?.getAttribute('aria-activedescendant');
    return id ? document.getElementById(id)?.getAttribute('aria-label') : undefined;
  });

describe('loading search on first intent', () => {
  test('a page loads neither the dialog nor Pagefind', async () => {
    const { page, searchRequests } = await openNoting('/parents/grooming/');

    await page.mouse.move(5, 700);
    await page.waitForTimeout(300);

    expect(searchRequests).toEqual([]);
    expect(await page.locator('dialog[data-site-search]').count()).toBe(0);
  });

  test('a pointer over the header search button loads both, before anything is opened', async () => {
    const { page, searchRequests } = await openNoting('/parents/grooming/');

    await page.locator('.site-header .search-form__button').hover();

    await expect.poll(() => searchRequests.some((path) => path.startsWith('/pagefind/'))).toBe(true);
    expect(searchRequests.some((path) => path.includes('search-dialog'))).toBe(true);
    expect(await page.locator('dialog[data-site-search][open]').count()).toBe(0);
  });

  test('focus in the header search box loads both too', async () => {
    const { page, searchRequests } = await openNoting('/about/');

    await page.locator('#header-search').focus();

    await expect.poll(() => searchRequests.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
  });
});

describe('opening and closing', () => {
  test('/ opens search with the cursor in the box, and Esc closes it and gives the focus back', async () => {
    const page = await chromium.open('/young-people/privacy/');
    await page.getByRole('link', { name: 'Skip to main content' }).focus();

    await page.keyboard.press('/');
    await page.locator('dialog[data-site-search][open]').waitFor();

    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-site-search-input'))).toBe(true);
    await page.keyboard.type('stranger');
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[data-site-search][open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
  });

  test('Ctrl+K opens it too, and / typed in a text box stays a /', async () => {
    const page = await chromium.open('/');
    await page.locator('#header-search').focus();

    await page.keyboard.type('a/b');
    expect(await page.locator('#header-search').inputValue()).toBe('a/b');
    expect(await page.locator('dialog[data-site-search][open]').count()).toBe(0);

    await page.keyboard.press('Control+k');
    await page.locator('dialog[data-site-search][open]').waitFor();
  });

  test('the header search box opens the dialog with the words typed in it', async () => {
    const page = await chromium.open('/about/');
    await page.locator('#header-search').fill('blackmail');

    await page.locator('#header-search').press('Enter');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-site-search-results]')?.dataset.query === 'blackmail',
    );

    expect(new URL(page.url()).pathname).toBe('/about/');
    expect(await page.locator('[data-site-search-results] [role="option"]').first().getAttribute('href')).toMatch(
      /^\/[a-z-]+\/sextortion\/$/,
    );
  });
});

describe('finding a guide with the keyboard', () => {
  test('shows results as you type, first one ready for Enter', async () => {
    const page = await chromium.open('/');
    await page.keyboard.press('/');

    await typeAndWait(page, 'stranger');

    expect(await activeOption(page)).toBe((await optionUrls(page))[0]);
    await Promise.all([page.waitForURL('**/unsolicited-contact/'), page.keyboard.press('Enter')]);
  });

  test("goes from a counsellor's page to the red flags of the right guide in three keys plus the words", async () => {
    const page = await chromium.open('/counsellors/');

    await page.keyboard.press('/'); // 1
    await typeAndWait(page, "he says he'll send the pics to my mum");
    await page.keyboard.press('ArrowDown'); // 2
    await Promise.all([page.waitForURL('**/counsellors/sextortion/#red-flags'), page.keyboard.press('Enter')]); // 3

    expect(await page.locator('#red-flags').isVisible()).toBe(true);
  });

  test('moves through results with ↑ and ↓, wrapping round', async () => {
    const page = await chromium.open('/parents/');
    await page.keyboard.press('/');
    await typeAndWait(page, 'blackmail');
    const options = await optionUrls(page);

    await page.keyboard.press('ArrowDown');
    expect(await activeOption(page)).toBe(options[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await activeOption(page)).toBe(options.at(-1));
  });

  test('never ends in nothing: words that match no guide get the closest topics and a person to talk to', async () => {
    const page = await chromium.open('/parents/');
    await page.keyboard.press('/');

    await typeAndWait(page, 'xylophonequartz');

    expect(await page.locator('[data-site-search-status]').textContent()).toMatch(
      /^No guide matches “xylophonequartz” closely/,
    );
    const labels = await optionUrls(page);
    expect(labels.filter((label) => /for parents and carers$/.test(label!)).length).toBeGreaterThan(0);
    expect(labels.at(-1)).toMatch(/^Talk to someone now/);
    expect(await page.locator('[data-site-search-results] .search-option--help').getAttribute('href')).toBe(
      '/get-help/',
    );
    expect(await page.getByRole('link', { name: 'All results, with filters' }).getAttribute('href')).toBe(
      '/search/?q=xylophonequartz',
    );
  });
});

describe('every result is a real link', () => {
  test('each option is a link to where Enter would go', async () => {
    const page = await chromium.open('/counsellors/');
    await page.keyboard.press('/');
    await typeAndWait(page, 'blackmail');

    const rows = await page
      .locator('[data-site-search-results] [role="option"]')
      .evaluateAll((options) => options.map((option) => option.getAttribute('href')));

    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((href) => href?.startsWith('/'))).toBe(true);
    expect(rows).toContain('/counsellors/sextortion/#red-flags');
  });

  test('Ctrl-click and a middle click open a result in a new tab, and the dialog stays open on the call card', async () => {
    const page = await chromium.open('/counsellors/sextortion/');
    await page.keyboard.press('/');
    await typeAndWait(page, 'stranger');
    const first = page.locator('[data-site-search-results] [role="option"]').first();
    const href = await first.getAttribute('href');

    const [ctrlTab] = await Promise.all([
      page.context().waitForEvent('page'),
      first.click({ modifiers: ['ControlOrMeta'] }),
    ]);
    const [middleTab] = await Promise.all([page.context().waitForEvent('page'), first.click({ button: 'middle' })]);
    await ctrlTab.waitForLoadState();
    await middleTab.waitForLoadState();

    expect(new URL(ctrlTab.url()).pathname).toBe(href);
    expect(new URL(middleTab.url()).pathname).toBe(href);
    expect(new URL(page.url()).pathname).toBe('/counsellors/sextortion/');
    expect(await page.locator('dialog[data-site-search][open]').count()).toBe(1);
  });

  test('a plain click opens it in the same tab', async () => {
    const page = await chromium.open('/');
    await page.keyboard.press('/');
    await typeAndWait(page, 'stranger');
    const first = page.locator('[data-site-search-results] [role="option"]').first();
    const href = await first.getAttribute('href');

    await Promise.all([page.waitForURL(`**${href}`), first.click()]);

    expect(new URL(page.url()).pathname).toBe(href);
  });
});

describe('what people really type', () => {
  // The examples of the search issue: each once found nothing, or the wrong topic.
  const EXAMPLES: [string, string][] = [
    ['older guy online says he loves me and wants to meet', 'grooming'],
    ['my 9 year old saw porn', 'inappropriate-content'],
    ['kid found porn on the ipad', 'inappropriate-content'],
    ['girl on snap wanted nudes then asked for money', 'sextortion'],
    ['someone airdropped a nude on the bus', 'sexual-harassment'],
    ['random adds on snapchat', 'unsolicited-contact'],
    ['someone is blackmailing me for money over photos', 'sextortion'],
    ['they want more photos or they will post them', 'sextortion'],
    ['i sent a pic and now they want $500', 'sextortion'],
  ];

  /** The topics of the guides listed, in order. */
  const listedTopics = (page: Page) =>
    page
      .locator('[data-site-search-results] .search-option--guide')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[2]));

  // One visit per audience's hub, its dialog open: each example replaces the words before it, as a reader would.
  describe.each(['/young-people/', '/counsellors/'])('typed in the dialog on %s', (path) => {
    let page: Page;
    beforeAll(async () => {
      page = await chromium.open(path, { keep: true });
      await page.keyboard.press('/');
    });
    afterAll(async () => {
      await page?.context().close();
    });

    test.each(EXAMPLES)('"%s" lists the %s guide first', async (words, topic) => {
      await page.locator('[data-site-search-input]').fill('');
      await typeAndWait(page, words);

      expect((await listedTopics(page))[0]).toBe(topic);
      const first = await page.locator('[data-site-search-results] .search-option--guide').first().getAttribute('href');
      expect(first).toBe(`${path}${topic}/`);
    });
  });
});

describe('counsellor guides first on counsellor pages', () => {
  test('a search from a counsellor page lists only counsellor guides, until Backspace in the empty box', async () => {
    const page = await chromium.open('/counsellors/grooming/');
    await page.keyboard.press('/');
    await typeAndWait(page, 'nudes');
    const scoped = await optionUrls(page);

    expect(await page.getByRole('button', { name: 'Counsellor guides only' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(scoped.every((label) => /Helpline counsellors|for helpline counsellors/.test(label!))).toBe(true);

    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await typeAndWait(page, 'nudes');

    expect(await page.getByRole('button', { name: 'Counsellor guides only' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect((await optionUrls(page)).some((label) => /for young people/.test(label!))).toBe(true);
  });

  test('a search from any other page lists every audience', async () => {
    const page = await chromium.open('/young-people/');
    await page.keyboard.press('/');
    await typeAndWait(page, 'nudes');

    expect(await page.getByRole('button', { name: 'Counsellor guides only' }).count()).toBe(0);
    expect((await optionUrls(page)).some((label) => /for young people/.test(label!))).toBe(true);
  });
});
