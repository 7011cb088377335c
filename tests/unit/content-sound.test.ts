import { expect, test } from 'vitest';
import { assertContentIsSound } from '../../src/lib/content-check';
import { asFile, siteContent } from '../helpers/content';

test('the site’s own content passes the checks that span files', () => {
  const { topics, guides, helpServices, glossary, pages } = siteContent();

  expect(() =>
    assertContentIsSound({
      topics: topics.map(asFile),
      guides: guides.map(asFile),
      helpServices: helpServices.map(asFile),
      glossary: glossary.map((entry) => entry.data),
      pages: pages.map(asFile),
    }),
  ).not.toThrow();
  expect(topics.length).toBeGreaterThan(0);
});
