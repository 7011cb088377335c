/**
 * After the build, narrows each page's content security policy to the hashes of its own inline code (Astro
 * lists the whole site's), then adds one rule per page to `dist/_headers` (copied from `public/_headers`,
 * which holds the headers every response gets): that policy as an HTTP header. A test checks that the two
 * agree (tests/site/security.test.ts).
 */
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerPolicy, headersRule, metaPolicy, narrowPolicyHashes } from './security-headers';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter(
          (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
        );
        // Pages are read and written many at a time: one by one, the build would mostly wait on the disk.
        const rules = await inBatches(pages.sort(), 64, async (file) => {
          const html = narrowPolicyHashes(await readFile(join(root, file), 'utf8'), file);
          await writeFile(join(root, file), html);
          const policy = metaPolicy(html)!;
          const path = `/${relative(root, join(root, file)).split('\\').join('/')}`.replace(/index\.html$/, '');
          return headersRule(path, { 'Content-Security-Policy': headerPolicy(policy) });
        });
        await appendFile(
          join(root, '_headers'),
          `\n# Each page's content security policy, as in its <meta> tag\n${rules.join('\n\n')}\n`,
        );
        logger.info(`wrote the content security policy of ${rules.length} pages to _headers`);
      },
    },
  };
}

/** `work` on every item, `size` at a time, with the results in the items' order. */
async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  }
  return results;
}
