import { expect, test } from 'vitest';
import { assertContentIsSound } from '../../src/lib/content-check';
import { LANGS } from '../../src/i18n/languages';
import { contentFiles, langOfEntry, siteContent } from '../helpers/content';

test('the site’s own content passes the checks that span files, in every language', () => {
  expect(() => assertContentIsSound(contentFiles())).not.toThrow();
  const { topics, guides } = siteContent();
  expect(topics.length).toBeGreaterThan(0);
  for (const lang of LANGS) {
    expect(guides.filter((guide) => langOfEntry(guide) === lang).length, lang).toBe(topics.length * 3);
  }
});
