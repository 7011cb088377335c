/**
 * Queries the built Pagefind index from Node, through its own JavaScript API (dist/pagefind/pagefind.js),
 * served over HTTP because Pagefind fetches its index files. Queries go through `searchQuery`, as the
 * search page sends them.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchQuery } from '../../src/lib/search-terms';
import { DIST } from './dist';
import { startStaticServer } from './static-server';

export interface Result {
  url: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string }[];
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<Result> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export async function openIndex(): Promise<{ search: (term: string, filters?: Record<string, string[]>) => Promise<Result[]>; filters: () => Promise<Record<string, Record<string, number>>>; close: () => void }> {
  const { server, baseUrl } = await startStaticServer();
  const pagefind = (await import(pathToFileURL(join(DIST, 'pagefind/pagefind.js')).href)) as PagefindApi;
  await pagefind.options({ basePath: `${baseUrl}/pagefind/`, baseUrl: '/', noWorker: true });
  return {
    search: async (term, filters) => {
      const { results } = await pagefind.search(searchQuery(term), filters ? { filters } : undefined);
      return Promise.all(results.map((result) => result.data()));
    },
    filters: () => pagefind.filters(),
    close: () => server.close(),
  };
}
