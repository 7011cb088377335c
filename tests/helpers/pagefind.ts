/**
 * Queries the built Pagefind index from Node, through its own JavaScript API (dist/pagefind/pagefind.js),
 * served over HTTP because Pagefind fetches its index files. `topics` runs the query pipeline
 * (src/lib/search-pipeline.ts) over it with the built vocabulary and page map, as the search dialog does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  rankTopics,
  readQuery,
  type GuidePage,
  type SearchVocabulary,
  type TopicScore,
} from '../../src/lib/search-pipeline';
import { DIST } from './dist';
import { startStaticServer } from './static-server';
import { dictionary, langPrefix, type Lang } from '../../src/i18n';

export interface Result {
  url: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string }[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<Result>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * A language's index. Pagefind picks the index of a page's `<html lang>` when it starts; in Node it reads the same
 * attribute from a stand-in document, and each language gets a module of its own (the query in its address).
 */
export async function openIndex(lang: Lang = 'en') {
  const { server, baseUrl } = await startStaticServer();
  const locale = dictionary(lang).meta.locale;
  const stand = globalThis as { document?: unknown };
  const before = stand.document;
  stand.document = { currentScript: null, querySelector: () => ({ getAttribute: () => locale }) };
  const url = `${pathToFileURL(join(DIST, 'pagefind/pagefind.js')).href}?lang=${lang}`;
  const pagefind = (await import(url)) as PagefindApi;
  await pagefind.options({ basePath: `${baseUrl}/pagefind/`, baseUrl: '/', noWorker: true });
  await pagefind.search('x');
  // Read while the language's index is the one loaded: the filters are the same for the whole run.
  const filters = await pagefind.filters();
  stand.document = before;
  const vocabulary = JSON.parse(
    readFileSync(join(DIST, `${langPrefix(lang)}/search/words.json`.replace(/^\//, '')), 'utf8'),
  ) as SearchVocabulary;
  const addresses = JSON.parse(readFileSync(join(DIST, 'pagefind/pages.json'), 'utf8')) as Record<string, string>;
  const pages: Record<string, GuidePage> = {};
  for (const [id, url] of Object.entries(addresses)) {
    const guide = vocabulary.guides.find((entry) => entry.url === url);
    if (guide) pages[id] = { topic: guide.topic, audience: guide.audience };
  }

  return {
    /** Pagefind's own results for a term (null: every page), with their data. */
    search: async (term: string | null, filters?: Record<string, string[]>): Promise<Result[]> => {
      const { results } = await pagefind.search(term, filters ? { filters } : undefined);
      return Promise.all(results.map((result) => result.data()));
    },
    /** The topics the query pipeline ranks for what someone typed, best first. */
    topics: async (typed: string): Promise<TopicScore[]> =>
      rankTopics(
        readQuery(typed, vocabulary),
        async (term) =>
          (await pagefind.search(term)).results.map((result) => ({ page: result.id, score: result.score })),
        pages,
        vocabulary.topics,
      ),
    /** Pagefind's page ids and addresses, as pagefind/pages.json gives them. */
    addresses,
    filters: async () => filters,
    close: () => server.close(),
  };
}
