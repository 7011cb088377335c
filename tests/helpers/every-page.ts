/**
 * What holds on every page of the site, checked in one visit each: axe finds no WCAG 2.2 A or AA violation, and
 * the browser makes no request to another site, keeps nothing and reports no breach of the content security
 * policy. The pages are split between the every-page-*.test.ts files, which run side by side.
 */
import { describe, expect, inject, test } from 'vitest';
import { violations } from './axe';
import { useChromium } from './browser';
import { builtPages } from './dist';
import { NO_TRACES, openWatched, traces } from './watch';

/** Checks every `count`th page, starting at `part` (0-based): the file's share of the site. */
export function checkEveryPage(part: number, count: number): void {
  const baseUrl = inject('baseUrl');
  const chromium = useChromium(baseUrl);
  const pages = builtPages().filter((_, index) => index % count === part);

  describe.each(pages)('%s', (path) => {
    test('meets WCAG 2.2 AA by axe, asks nothing of other sites, keeps nothing and breaks no policy', async () => {
      const { page, watch } = await openWatched(chromium, baseUrl, path);

      expect(watch.elsewhere).toEqual([]);
      expect(await traces(page)).toEqual(NO_TRACES);
      expect(watch.violations).toEqual([]);
      expect(await violations(page)).toEqual([]);
    });
  });
}
