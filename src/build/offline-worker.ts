/**
 * Writes the counsellors' offline worker, dist/offline-worker.js, once the site and its search index are built: the
 * worker (src/browser/offline-worker.ts, where the copy's behaviour is explained) bundled with the parts of
 * Workbox it uses, and the list of files to store written in where it says `self.__WB_MANIFEST`.
 *
 * Workbox lists and hashes the files (getManifest). Rolldown, the bundler inside Vite, bundles and minifies the
 * worker in a few tens of milliseconds; Workbox's own generateSW ran Rollup, Babel and Terser, over a second on
 * every build.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { getManifest, type GetManifestOptions } from 'workbox-build';
import { OFFLINE_WORKER_PATH } from '../browser/offline-copy';

const WORKER_SOURCE = fileURLToPath(new URL('../browser/offline-worker.ts', import.meta.url));

/** Where the worker expects its list of files. */
const INJECTION_POINT = 'self.__WB_MANIFEST';

/** Which files of the built site in `root` (dist/) the worker stores, as Workbox's getManifest takes them. */
export function storedFiles(root: string): GetManifestOptions {
  return {
    globDirectory: root,
    globPatterns: [
      // Every page, the 404 page included.
      '**/*.html',
      // Pagefind's script, WebAssembly, index, fragments and page map, what the search pipeline reads queries
      // with (search/words.json), and any script or stylesheet Astro writes as a file (today it inlines them
      // all, so _astro/ may not exist: one pattern for all, as Workbox warns of a pattern that matches nothing).
      // The words of the other languages are in their own folders (fr/search/words.json).
      '{pagefind,_astro,search,*/search}/**/*',
      'favicon.svg',
    ],
    // Never the headers file a host reads, and never the worker itself.
    globIgnores: ['_headers', OFFLINE_WORKER_PATH.slice(1)],
    // Every file goes in, whatever its size: a missing piece of the search index would break search offline.
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  };
}

/** Writes the worker into `root`. Any warning (a file left out, say) fails the build: the copy must be whole. */
export async function writeOfflineWorker(root: string): Promise<{ count: number; size: number }> {
  const [{ manifestEntries, count, size, warnings }, worker] = await Promise.all([
    getManifest(storedFiles(root)),
    bundleWorker(),
  ]);
  if (warnings.length > 0) throw new Error(`The offline copy would be incomplete:\n${warnings.join('\n')}`);
  const points = worker.split(INJECTION_POINT).length - 1;
  if (points !== 1)
    throw new Error(
      `${WORKER_SOURCE} must say ${INJECTION_POINT} once, where the files go; it says it ${points} times`,
    );
  await writeFile(
    join(root, OFFLINE_WORKER_PATH.slice(1)),
    worker.replace(INJECTION_POINT, JSON.stringify(manifestEntries)),
  );
  return { count, size };
}

/** The worker as one classic script (registered without `type: 'module'`), minified, without Workbox's logging. */
async function bundleWorker(): Promise<string> {
  const { output } = await build({
    input: WORKER_SOURCE,
    write: false,
    // Workbox logs only outside production; the minifier then drops that code.
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    output: { format: 'iife', minify: true },
  });
  return output[0].code;
}
