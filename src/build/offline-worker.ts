/**
 * The counsellors' offline copy, at build time: a service worker made by Workbox that stores every file a reader
 * needs (the pages, their scripts, the favicon and the whole search index) when a counsellor switches it on at
 * /counsellors/, and answers from that store from then on. Nothing registers it but that button
 * (src/components/OfflineCopy.astro); a reader who never presses it gets no worker and no cache.
 *
 * How updates arrive: the worker file lists every file with a hash of its contents (its "revision"), so a deploy
 * that changes any page changes the worker file. The browser checks the worker file, bypassing its HTTP cache,
 * whenever a page of the site is opened online; a changed file installs beside the old one, downloads only the
 * changed files, then takes over at once (skipWaiting, clientsClaim) and deletes what the new list no longer
 * names. So a page is answered from the stored copy even online (that is what makes it fast and dependable on a
 * bad line), and the copy is at most one page-open behind the site. Offline, nothing changes until the next
 * page opened online.
 */
import { generateSW, type GenerateSWOptions } from 'workbox-build';
import { OFFLINE_WORKER_PATH } from '../browser/offline-copy';

/** The query parameters that do not change which stored file answers a request. */
export const IGNORED_PARAMETERS = [
  // Pagefind adds `?ts=<time>` to pagefind-entry.json so that no HTTP cache serves an old index.
  /^ts$/,
  // Every page's search box sends its words to /search/?q=…; the page reads them from the address itself.
  /^q$/,
];

/** The options for Workbox's generateSW, for the built site in `root` (dist/). */
export function offlineWorkerOptions(root: string): GenerateSWOptions {
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
    // Never the headers file a host reads, and never the worker itself (Workbox also leaves that out).
    globIgnores: ['_headers', OFFLINE_WORKER_PATH.slice(1)],
    // Every file goes in, whatever its size: a missing piece of the search index would break search offline.
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    swDest: `${root}/${OFFLINE_WORKER_PATH.slice(1)}`,
    // The Workbox runtime is written into the worker, so it loads nothing from another site (no importScripts).
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    cacheId: 'online-safety-guides',
    // /counsellors/ is answered by counsellors/index.html, as a static host does.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: IGNORED_PARAMETERS,
    // A new deploy replaces the old copy as soon as it is stored (see "How updates arrive" above).
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  };
}

/** Writes the worker into `root`. Any warning (a file left out, say) fails the build: the copy must be whole. */
export async function writeOfflineWorker(root: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW(offlineWorkerOptions(root));
  if (warnings.length > 0) throw new Error(`The offline copy would be incomplete:\n${warnings.join('\n')}`);
  return { count, size };
}
