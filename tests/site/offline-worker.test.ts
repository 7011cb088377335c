/**
 * The counsellors' offline copy in the built site: the worker stores every page and the whole search index,
 * loads nothing from another site, and only /counsellors/ offers to register it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { OFFLINE_WORKER_PATH } from '../../src/browser/offline-copy';
import { IGNORED_PARAMETERS } from '../../src/build/offline-worker';
import { builtPages, DIST, readPage } from '../helpers/dist';

const workerFile = join(DIST, OFFLINE_WORKER_PATH);
const worker = existsSync(workerFile) ? readFileSync(workerFile, 'utf8') : '';
/** The precache list as Workbox writes it into the worker: `{url:"counsellors/index.html",revision:"…"}`. */
const precached = [...worker.matchAll(/\{url:"([^"]+)",revision:"[0-9a-f]+"\}/g)].map((match) => match[1]);

/** Every file under a folder of dist/, as a path from dist/ (`pagefind/pagefind.js`). */
const filesUnder = (folder: string) =>
  existsSync(join(DIST, folder))
    ? readdirSync(join(DIST, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(DIST.length).split('\\').join('/'))
    : [];

describe(OFFLINE_WORKER_PATH, () => {
  test('is built, with a list of files to store', () => {
    expect(worker).not.toBe('');
    expect(precached.length).toBeGreaterThan(0);
  });

  test('stores every page', () => {
    const pageFiles = builtPages().map((path) => (path.endsWith('/') ? `${path}index.html` : path).slice(1));

    expect(precached).toEqual(expect.arrayContaining(pageFiles));
  });

  test('stores the whole search index and any script Astro wrote as a file', () => {
    const pagefind = filesUnder('pagefind');
    expect(pagefind).toContain('pagefind/pagefind.js');

    expect(precached).toEqual(expect.arrayContaining([...pagefind, ...filesUnder('_astro'), 'favicon.svg', 'search/words.json']));
  });

  test('stores neither the headers file nor itself', () => {
    expect(precached).not.toContain('_headers');
    expect(precached).not.toContain(OFFLINE_WORKER_PATH.slice(1));
  });

  test('loads nothing from another site', () => {
    expect(worker).not.toContain('importScripts');
    for (const url of precached) expect(url).not.toMatch(/^(https?:)?\/\//);
    // The only address of another site in the file is in a message Workbox writes to the console.
    const elsewhere = [...worker.matchAll(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`]*/gi)].map((match) => match[0]);
    expect(elsewhere).toEqual(['https://bit.ly/wb-precache']);
    expect(worker).toMatch(/Learn more at https:\/\/bit\.ly\/wb-precache`;console\.warn/);
  });

  test("ignores every query parameter Pagefind adds to bust caches, so the stored index answers", () => {
    const pagefindScripts = ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js'].map((file) => readFileSync(join(DIST, file), 'utf8'));
    const added = new Set(pagefindScripts.flatMap((script) => [...script.matchAll(/[?&]([a-z_]+)=\$\{/gi)].map((match) => match[1])));

    expect(added.size).toBeGreaterThan(0);
    for (const name of added) expect(IGNORED_PARAMETERS.some((pattern) => pattern.test(name)), name).toBe(true);
    expect(worker).toContain(`ignoreURLParametersMatching:[${IGNORED_PARAMETERS.join(',')}]`);
  });
});

test('only /counsellors/ offers the offline copy, and no other page can register a worker', () => {
  const offering = builtPages().filter((path) => readPage(path).includes('data-offline-copy'));
  const registering = builtPages().filter((path) => /serviceWorker\.register|\.register\(/.test(readPage(path)));

  expect(offering).toEqual(['/counsellors/']);
  expect(registering).toEqual(['/counsellors/']);
});
