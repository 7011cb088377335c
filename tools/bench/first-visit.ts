/**
 * First-visit bytes in real Chromium: each page kind opened in a fresh context (empty cache), every request
 * recorded until the network is idle, and each response body gzipped at level 9 (the static server sends it
 * uncompressed). The total is what crosses the network; the HTML, CSS and JS columns count the styles and
 * scripts inlined in an HTML response as CSS and JS, each gzipped on its own.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { splitDocument } from './document-parts.ts';
import { freshContext } from './fresh-visit.ts';
import type { ByteCounts, FirstVisitRow } from './results.ts';

/** One example of each kind of page. The search page loads Pagefind by design, so no target applies to it. */
export const PAGE_KINDS: readonly { kind: string; path: string; hasTargets: boolean }[] = [
  { kind: 'Home', path: '/', hasTargets: true },
  { kind: 'Hub', path: '/parents/', hasTargets: true },
  { kind: 'Guide, young people', path: '/young-people/sextortion/', hasTargets: true },
  { kind: 'Guide, counsellors', path: '/counsellors/sextortion/', hasTargets: true },
  { kind: 'Checklist', path: '/parents/sextortion/checklist/', hasTargets: true },
  { kind: 'Get help, country', path: '/get-help/gb/', hasTargets: true },
  { kind: 'Terms', path: '/terms/', hasTargets: true },
  { kind: 'Schools', path: '/schools/', hasTargets: true },
  { kind: '404', path: '/no-such-page/', hasTargets: true },
  { kind: 'Search', path: '/search/', hasTargets: false },
];

type FileKind = Exclude<keyof ByteCounts, 'total'>;

/** What a response is, from its Content-Type. */
export function fileKind(contentType: string | undefined): FileKind {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/html') return 'html';
  if (type === 'text/css') return 'css';
  if (type === 'text/javascript' || type === 'application/javascript') return 'js';
  return 'other';
}

export async function measureFirstVisits(browser: Browser, baseUrl: string): Promise<FirstVisitRow[]> {
  const rows: FirstVisitRow[] = [];
  for (const { kind, path, hasTargets } of PAGE_KINDS) {
    rows.push({ kind, path, hasTargets, ...(await firstVisit(browser, new URL(path, baseUrl).href)) });
  }
  return rows;
}

async function firstVisit(browser: Browser, url: string): Promise<Pick<FirstVisitRow, 'requests' | 'gzipBytes'>> {
  const context = await freshContext(browser);
  try {
    let requests = 0;
    const counted: Promise<ByteCounts>[] = [];
    context.on('request', () => {
      requests += 1;
    });
    context.on('response', (response) => {
      counted.push(response.body().then((body) => countBytes(fileKind(response.headers()['content-type']), body)));
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });

    const gzipBytes: ByteCounts = { html: 0, css: 0, js: 0, other: 0, total: 0 };
    for (const counts of await Promise.all(counted)) {
      for (const key of Object.keys(gzipBytes) as (keyof ByteCounts)[]) gzipBytes[key] += counts[key];
    }
    return { requests, gzipBytes };
  } finally {
    await context.close();
  }
}

const gzipped = (content: string | Buffer): number => gzipSync(content, { level: 9 }).length;
const sum = (texts: string[]): number => texts.reduce((total, text) => total + gzipped(text), 0);

/** One response's bytes: an HTML document's inline styles and scripts count as CSS and JS. */
function countBytes(kind: FileKind, body: Buffer): ByteCounts {
  const counts: ByteCounts = { html: 0, css: 0, js: 0, other: 0, total: gzipped(body) };
  if (kind !== 'html') {
    counts[kind] = counts.total;
    return counts;
  }
  const { markup, styles, scripts } = splitDocument(body.toString('utf8'));
  return { ...counts, html: gzipped(markup), css: sum(styles), js: sum(scripts) };
}
