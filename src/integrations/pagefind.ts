/**
 * Builds the search index after Astro has written the site, with Pagefind's Node API.
 * Only elements marked `data-pagefind-body` (the guides' main content) are indexed.
 * Any error Pagefind reports fails the build, as does an index with no pages in it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

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

          const added = await index.addDirectory({ path: site });
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
