/**
 * The counsellors' offline copy: the service worker that stores every file a reader needs (the pages, their
 * scripts, the favicon and the whole search index) when a counsellor switches it on at /counsellors/, and answers
 * from that store from then on. Nothing registers it but that button (src/browser/offline-copy.ts); a reader who
 * never presses it gets no worker and no cache. After the build, src/build/offline-worker.ts bundles this with
 * Workbox and writes the list of files into it, where `self.__WB_MANIFEST` stands.
 *
 * How updates arrive: the list names every file with a hash of its contents (its "revision"), so a deploy that
 * changes any page changes the worker file. The browser checks the worker file, bypassing its HTTP cache,
 * whenever a page of the site is opened online; a changed file installs beside the old one, downloads only the
 * changed files, then takes over at once (skipWaiting, clientsClaim) and deletes what the new list no longer
 * names. So a page is answered from the stored copy even online (that is what makes it fast and dependable on a
 * bad line), and the copy is at most one page-open behind the site. Offline, nothing changes until the next page
 * opened online.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';

declare const self: { __WB_MANIFEST: PrecacheEntry[]; skipWaiting(): Promise<void> };

setCacheNameDetails({ prefix: 'online-safety-guides' });
// A new deploy replaces the old copy as soon as it is stored (see "How updates arrive" above).
void self.skipWaiting();
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST, {
  // /counsellors/ is answered by counsellors/index.html, as a static host does.
  directoryIndex: 'index.html',
  // The query parameters that do not change which stored file answers a request: Pagefind adds `?ts=<time>` to
  // pagefind-entry.json so that no HTTP cache serves an old index, and every page's search box sends its words
  // to /search/?q=…, which the page reads from the address itself.
  ignoreURLParametersMatching: [/^ts$/, /^q$/],
});
cleanupOutdatedCaches();
