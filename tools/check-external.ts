/**
 * `npm run check:external`: asks every other site that the built pages link to whether the page is still
 * there, and lists the dead links with the pages they are on; exits 1 if there are any. A dead number or link
 * on a child-safety site does harm, so run it before each release and follow up every line it prints.
 *
 * It needs the internet, so `npm test` (and CI, which has none) never runs it. Build first: `npm run build`.
 * Linkinator follows the site's own pages to find every link, and only checks, never crawls, other sites.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LinkChecker, LinkState } from 'linkinator';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(`${DIST}index.html`)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}

// Linkinator serves dist/ on localhost while it checks. The site's own full address (in canonical links and on
// printouts) is not live before it is deployed, so links to it are left to the internal link test.
const isServedLocally = (url: string) => /^http:\/\/localhost:\d+\//.test(url);
const site = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(readFileSync(`${DIST}index.html`, 'utf8'))?.[1];
const isOwnSite = (url: string) => site !== undefined && url.startsWith(`${site}/`);
const isExternal = (url: string) => /^https?:\/\//.test(url) && !isServedLocally(url) && !isOwnSite(url);
// Linkinator reports the page a link is on as a file path under dist/: show it as the page's address.
const pagePath = (parent = '') => (parent.startsWith(DIST) ? `/${parent.slice(DIST.length)}` : parent);

const { links } = await new LinkChecker().check({
  path: DIST,
  recurse: true,
  linksToSkip: async (url) => isOwnSite(url),
  concurrency: 8,
  timeout: 20_000,
  // Ask again before calling a link dead: busy sites answer 429 or fail now and then.
  retry: true,
  retryErrors: true,
  retryErrorsCount: 2,
});

const external = links.filter((link) => isExternal(link.url));
const dead = new Map<string, { status: number; pages: Set<string> }>();
for (const link of external.filter((result) => result.state === LinkState.BROKEN)) {
  const entry = dead.get(link.url) ?? { status: link.status ?? 0, pages: new Set<string>() };
  entry.pages.add(pagePath(link.parent));
  dead.set(link.url, entry);
}

const checked = new Set(external.map((link) => link.url)).size;
if (dead.size === 0) {
  console.log(`All ${checked} links to other sites answer.`);
} else {
  console.log(`${dead.size} of ${checked} links to other sites are dead (status 0: no answer at all):`);
  for (const [url, { status, pages }] of [...dead].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`\n  ${status} ${url}\n    on ${[...pages].sort().join(', ')}`);
  }
  console.log('\nA 403 or 429 can be a site turning away scripts: open those in a browser before changing anything.');
  if ([...dead.values()].every(({ status }) => status === 0) && dead.size === checked) {
    console.log('No site answered at all: check that this machine can reach the internet.');
  }
  process.exitCode = 1;
}
