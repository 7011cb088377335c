/** Paths and pages of the built site in dist/, for the site, links and browser tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every HTML page as its URL path (`/parents/sextortion/`), 404 included as `/404.html`. */
export function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => `/${relative(DIST, join(DIST, file)).split('\\').join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** The HTML of a built page, by URL path. */
export function readPage(path: string): string {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return readFileSync(file, 'utf8');
}

export function distExists(): boolean {
  return existsSync(join(DIST, 'index.html'));
}
