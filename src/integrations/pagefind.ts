/**
 * Builds the search index after Astro has written the site, with Pagefind's Node API.
 * Only the guide pages are read, and only their elements marked `data-pagefind-body` (the main content).
 * Any error Pagefind reports fails the build, as does an index with no pages in it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { AUDIENCES } from '../lib/audiences';

/** Where the guides are built: `<audience>/<topic>/index.html` (src/pages/[audience]/[topic]/index.astro). */
const GUIDE_PAGES = `{${AUDIENCES.join(',')}}/*/index.html`;

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          failOn('create the index', errors);
          if (!index) throw new Error('Pagefind did not create an index');

          // Only guide pages carry data-pagefind-body: reading just those keeps big builds quick.
          const added = await index.addDirectory({ path: site, glob: GUIDE_PAGES });
          failOn(`index ${site}`, added.errors);
          if (added.page_count === 0) throw new Error('Pagefind found no pages marked data-pagefind-body');

          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          failOn('write the index', written.errors);
          logger.info(`read ${added.page_count} pages; indexed those marked data-pagefind-body`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

function failOn(action: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${action}:\n${errors.join('\n')}`);
}
