/**
 * Builds the search index after Astro has written the site, with Pagefind's Node API.
 * Only the guide pages are read, in every language, and only their elements marked `data-pagefind-body` (the main
 * content). Pagefind keeps one index per language, from each page's `<html lang>`, with that language's stemming;
 * in the browser it searches the index of the page's language.
 * Any error Pagefind reports fails the build, as does an index with no pages in it.
 *
 * Then it writes `pagefind/pages.json`, which tells the search pipeline (src/lib/search-pipeline.ts) the address
 * of each page Pagefind's results name by id: with it, the pipeline scores topics from the ids and scores alone,
 * without loading a fragment of every page that matched a word.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { AUDIENCES } from '../lib/audiences';
import { langPrefix, LANGS } from '../i18n/languages';

/** Where a language's guides are built: `fr/<audience>/<topic>/index.html` (src/pages/[...lang]/[audience]/[topic]/). */
const guidePages = (prefix: string) => `${prefix}{${AUDIENCES.join(',')}}/*/index.html`;

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          failOn('create the index', errors);
          if (!index) throw new Error('Pagefind did not create an index');

          // Only guide pages carry data-pagefind-body: reading just those keeps big builds quick.
          let pageCount = 0;
          for (const lang of LANGS) {
            const prefix = langPrefix(lang).slice(1);
            const added = await index.addDirectory({ path: site, glob: guidePages(prefix ? `${prefix}/` : '') });
            failOn(`index ${site} (${lang})`, added.errors);
            if (added.page_count === 0) throw new Error(`Pagefind found no ${lang} pages marked data-pagefind-body`);
            pageCount += added.page_count;
          }

          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          failOn('write the index', written.errors);
          const pages = await pageAddresses(`${site}pagefind`);
          await writeFile(join(site, PAGES_FILE), JSON.stringify(pages));
          logger.info(`read ${pageCount} pages; indexed ${Object.keys(pages).length} marked data-pagefind-body`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Where the map from Pagefind's page ids to addresses is written, under dist/. */
export const PAGES_FILE = 'pagefind/pages.json';

/**
 * Each indexed page's id (its fragment's file name, which Pagefind's results give as `id`) and address. A
 * fragment is gzip of "pagefind_dcd" and the page's JSON; the format is Pagefind's, so a change fails loudly.
 */
async function pageAddresses(pagefindDir: string): Promise<Record<string, string>> {
  const dir = join(pagefindDir, 'fragment');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.pf_fragment')).sort();
  const entries = await Promise.all(
    files.map(async (file) => {
      const text = gunzipSync(await readFile(join(dir, file))).toString('utf8');
      if (!text.startsWith('pagefind_dcd')) throw new Error(`Pagefind fragment ${file} is not in the expected format`);
      const { url } = JSON.parse(text.slice('pagefind_dcd'.length)) as { url?: unknown };
      if (typeof url !== 'string') throw new Error(`Pagefind fragment ${file} has no url`);
      return [file.replace(/\.pf_fragment$/, ''), url] as const;
    }),
  );
  return Object.fromEntries(entries);
}

function failOn(action: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${action}:\n${errors.join('\n')}`);
}
