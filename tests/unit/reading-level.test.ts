import { describe, expect, test } from 'vitest';
import { langOfEntry, siteContent } from '../helpers/content';
import { mdxToBlocks, READING_RULES } from '../../src/lib/readability';

const { guides, pages } = siteContent();

describe('reading level of every guide, by its language’s formula', () => {
  test.each(guides.map((guide) => [guide.filePath, guide] as const))(
    '%s is within its audience’s limit',
    (_, guide) => {
      const { data } = guide;
      const rule = READING_RULES[langOfEntry(guide)];
      const limit = rule.limits[data.audience];
      const note = 'contentNote' in data && data.contentNote ? [data.contentNote] : [];
      const blocks = [...note, data.summary, ...data.checklist, ...mdxToBlocks(guide.body ?? '')];

      const score = rule.score(blocks);

      if (limit !== undefined)
        expect(rule.isWithin(score, limit), `${rule.formula} ${score.toFixed(1)} (limit ${limit})`).toBe(true);
    },
  );
});

// Background pages are read by parents and young people too: the parents' limit applies.
describe('reading level of every background page', () => {
  test.each(pages.map((page) => [page.filePath, page] as const))('%s is within the parents’ limit', (_, page) => {
    const rule = READING_RULES[langOfEntry(page)];
    const limit = rule.limits.parents!;

    const score = rule.score(mdxToBlocks(page.body ?? ''));

    expect(rule.isWithin(score, limit), `${rule.formula} ${score.toFixed(1)} (limit ${limit})`).toBe(true);
  });
});
