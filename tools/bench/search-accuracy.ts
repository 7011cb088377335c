/**
 * Search accuracy through the real search dialog in Chromium, on the labelled queries of each language
 * (tools/bench/search-queries.yaml in English, search-queries.fr.yaml in French…): for each query, are the right topic's guides first (top 1), among the first
 * three guides listed (top 3), or is no guide listed at all (zero results)?
 *
 * The pipeline is tuned on the `tune` part, never on the `held-out` part, whose figures are the ones that count;
 * the bench reports both, held-out first. To see each miss while tuning, run `npx node tools/bench/search-accuracy.ts`
 * (after a build; add a language's code, `fr`, for its queries): it prints the `tune` part's misses and figures,
 * and never the held-out part's queries.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { load as loadYaml } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { freshContext } from './fresh-visit.ts';
import type { AccuracyRow, SearchAccuracy } from './results.ts';
import { DEFAULT_LANG, isLang, langPrefix, LANGS, pathInLang, type Lang } from '../../src/i18n/languages.ts';

export interface LabelledQuery {
  q: string;
  /** Every right topic, best first. */
  topics: string[];
  who: 'young-person' | 'parent' | 'counsellor';
  set: 'tune' | 'held-out';
}

export interface QueryOutcome {
  query: LabelledQuery;
  /** The topics of the guides listed, in order (a topic may repeat, one guide per audience). */
  listed: string[];
}


/** A language's labelled queries: `search-queries.yaml` for the default language, `search-queries.fr.yaml`… */
export const queriesFile = (lang: Lang): string =>
  fileURLToPath(new URL(`./search-queries${lang === DEFAULT_LANG ? '' : `.${lang}`}.yaml`, import.meta.url));

/** The labelled queries; a malformed entry stops the bench with its index. */
export async function readLabelledQueries(file = queriesFile(DEFAULT_LANG)): Promise<LabelledQuery[]> {
  const entries = loadYaml(await readFile(file, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${file}: must be a list of queries`);
  return entries.map((entry, index) => {
    const { q, topics, who, set } = entry as Partial<LabelledQuery>;
    const valid =
      typeof q === 'string' &&
      Array.isArray(topics) &&
      topics.length > 0 &&
      ['young-person', 'parent', 'counsellor'].includes(who as string) &&
      ['tune', 'held-out'].includes(set as string);
    if (!valid) throw new Error(`${file}: entry ${index + 1} needs q, topics, who and set (tune or held-out)`);
    return { q, topics, who, set } as LabelledQuery;
  });
}

/** The topic of a guide's address, in any language: `/parents/sextortion/`, `/fr/parents/sextortion/` → `sextortion`. */
export const topicOf = (path: string): string | undefined =>
  /^\/[a-z-]+\/([a-z0-9-]+)\/$/.exec(pathInLang(path, DEFAULT_LANG))?.[1];

/** Top-1, top-3 and zero-result figures for the outcomes of one page's queries of one set. */
export function score(page: string, set: AccuracyRow['set'], outcomes: QueryOutcome[]): AccuracyRow {
  const right = (outcome: QueryOutcome, within: number) =>
    outcome.listed.slice(0, within).some((topic) => outcome.query.topics.includes(topic));
  return {
    page,
    set,
    queries: outcomes.length,
    top1: outcomes.filter((outcome) => right(outcome, 1)).length / outcomes.length,
    top3: outcomes.filter((outcome) => right(outcome, 3)).length / outcomes.length,
    zeroResults: outcomes.filter((outcome) => outcome.listed.length === 0).length / outcomes.length,
  };
}

/** Opens the dialog on `path` with "/" and searches every query in turn, reading the guides it lists. */
export async function searchThroughDialog(browser: Browser, baseUrl: string, path: string, queries: LabelledQuery[]): Promise<QueryOutcome[]> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    const input = page.locator('dialog[data-site-search] input[data-site-search-input]');
    await input.waitFor();
    const outcomes: QueryOutcome[] = [];
    for (const query of queries) outcomes.push({ query, listed: await listedTopics(page, query.q) });
    return outcomes;
  } finally {
    await context.close();
  }
}

async function listedTopics(page: Page, text: string): Promise<string[]> {
  await page.locator('input[data-site-search-input]').fill(text);
  await page.waitForFunction((query) => document.querySelector('[data-site-search-results]')?.getAttribute('data-query') === query, text);
  const hrefs = await page
    .locator('[data-site-search-results] .search-option--guide')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return hrefs.map(topicOf).filter((topic) => topic !== undefined);
}

/**
 * The pages the bench searches from, in a language: a young person's guide, and a counsellor's with "Counsellor
 * guides only" on.
 */
export const accuracyPages = (lang: Lang): string[] =>
  ['/young-people/sextortion/', '/counsellors/sextortion/'].map((path) => `${langPrefix(lang)}${path}`);

/** Both sets from both pages of every language, held-out first: the figures for the bench's table. */
export async function measureSearchAccuracy(browser: Browser, baseUrl: string): Promise<SearchAccuracy> {
  const rows: AccuracyRow[] = [];
  for (const lang of LANGS) {
    const queries = await readLabelledQueries(queriesFile(lang));
    for (const set of ['held-out', 'tune'] as const) {
      for (const path of accuracyPages(lang)) {
        const outcomes = await searchThroughDialog(browser, baseUrl, path, queries.filter((query) => query.set === set));
        rows.push(score(path, set, outcomes));
      }
    }
  }
  return { status: 'measured', rows };
}

// Run directly: the tune part's misses, for tuning the pipeline and the vocabulary.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { launchChromium } = await import('../../tests/helpers/browser.ts');
  const { startStaticServer } = await import('../../tests/helpers/static-server.ts');
  const lang = isLang(process.argv[2]) ? process.argv[2] : DEFAULT_LANG;
  const tune = (await readLabelledQueries(queriesFile(lang))).filter((query) => query.set === 'tune');
  const { server, baseUrl } = await startStaticServer();
  const browser = await launchChromium();
  try {
    for (const path of accuracyPages(lang)) {
      const outcomes = await searchThroughDialog(browser, baseUrl, path, tune);
      for (const { query, listed } of outcomes) {
        if (!listed.slice(0, 3).some((topic) => query.topics.includes(topic)) || !query.topics.includes(listed[0])) {
          console.log(`${path}  ${JSON.stringify(query.q)}  want ${query.topics.join('|')}  got ${listed.slice(0, 3).join(', ')}`);
        }
      }
      const figures = score(path, 'tune', outcomes);
      console.log(`${path}: top-1 ${(figures.top1 * 100).toFixed(1)} %, top-3 ${(figures.top3 * 100).toFixed(1)} %, zero ${(figures.zeroResults * 100).toFixed(1)} % of ${figures.queries} tune queries\n`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
