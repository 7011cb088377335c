/** Which files of a built site the offline worker stores, worked out by Workbox itself over a small made-up site. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { getManifest } from 'workbox-build';
import { OFFLINE_WORKER_PATH } from '../../src/browser/offline-copy';
import { storedFiles } from '../../src/build/offline-worker';

const sites: string[] = [];
afterEach(() => {
  for (const site of sites.splice(0)) rmSync(site, { recursive: true, force: true });
});

/** A made-up dist/ holding the given files. */
function siteWith(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'offline-worker-'));
  sites.push(root);
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), `contents of ${file}`);
  }
  return root;
}

/** What the worker for `root` would store, and Workbox's warnings, with the glob options the build uses. */
async function stored(root: string) {
  const { manifestEntries, warnings } = await getManifest(storedFiles(root));
  return { urls: manifestEntries.map((entry) => entry.url).sort(), warnings };
}

const READER_NEEDS = [
  '404.html',
  '_astro/offline.abc123.js',
  'counsellors/grooming/index.html',
  'counsellors/index.html',
  'favicon.svg',
  'index.html',
  'pagefind/fragment/en_1a2b.pf_fragment',
  'pagefind/index/en_3c4d.pf_index',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.js',
  'pagefind/pages.json',
  'pagefind/wasm.en.pagefind',
  'search/index.html',
  'search/words.json',
];

describe('the offline worker stores', () => {
  test('every page, script, the favicon, the whole search index and its vocabulary, and nothing a reader does not need', async () => {
    const root = siteWith([
      ...READER_NEEDS,
      '_headers',
      OFFLINE_WORKER_PATH.slice(1),
      'robots.txt',
      'sitemap-index.xml',
      'sitemap-0.xml',
    ]);

    expect(await stored(root)).toEqual({ urls: READER_NEEDS, warnings: [] });
  });

  test('a site whose scripts are all inline (no _astro folder) without a warning', async () => {
    const root = siteWith(READER_NEEDS.filter((file) => !file.startsWith('_astro/')));

    expect((await stored(root)).warnings).toEqual([]);
  });

  test('a large file too, rather than leaving a hole in the search index', async () => {
    const root = siteWith(['index.html', 'favicon.svg']);
    mkdirSync(join(root, 'pagefind'));
    writeFileSync(join(root, 'pagefind/wasm.en.pagefind'), Buffer.alloc(3 * 1024 * 1024));

    const { urls, warnings } = await stored(root);

    expect(urls).toContain('pagefind/wasm.en.pagefind');
    expect(warnings).toEqual([]);
  });
});
