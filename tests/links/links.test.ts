import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtPages, DIST } from '../helpers/dist';

// CI has no internet: only the site's own links are followed. Linkinator serves dist/ on localhost while
// it checks, then reports the site's own links as paths under dist/.
const isServedLocally = (url: string) => /^http:\/\/localhost:\d+\//.test(url);
const ROOT = DIST.replace(/\/$/, '');
const isLocal = (url: string) => url.startsWith(ROOT);
const sitePath = (url: string) => url.slice(ROOT.length).split('#')[0] || '/';

let links: LinkResult[];
beforeAll(async () => {
  const result = await new LinkChecker().check({
    path: DIST,
    recurse: true,
    checkFragments: true,
    linksToSkip: async (url) => !isServedLocally(url),
  });
  links = result.links;
});

describe('linkinator over dist/', () => {
  test('finds no broken internal link or fragment', () => {
    const broken = links
      .filter((link) => link.state === LinkState.BROKEN)
      .map(
        (link) =>
          `${sitePath(link.url)}${link.url.includes('#') ? `#${link.url.split('#')[1]}` : ''} on ${link.parent}`,
      );

    expect(broken).toEqual([]);
  });

  test('reaches every page by following links from the home page', () => {
    const reached = new Set(links.filter((link) => isLocal(link.url)).map((link) => sitePath(link.url)));

    const unreached = builtPages().filter((path) => path !== '/404.html' && !reached.has(path));

    expect(unreached).toEqual([]);
  });
});
