import { describe, expect, test } from 'vitest';
import { AUDIENCE_INFO } from '../../src/lib/audiences';
import { siteContent } from '../helpers/content';
import { mdxToBlocks, readingGrade } from '../../src/lib/readability';

const { guides, pages } = siteContent();

describe('reading level of every guide', () => {
  test.each(guides.map((guide) => [guide.filePath, guide] as const))(
    '%s is within its audience’s grade',
    (_, guide) => {
      const { data } = guide;
      const limit = AUDIENCE_INFO[data.audience].maxReadingGrade ?? Infinity;
      const note = 'contentNote' in data && data.contentNote ? [data.contentNote] : [];
      const blocks = [...note, data.summary, ...data.checklist, ...mdxToBlocks(guide.body ?? '')];

      const grade = readingGrade(blocks);

      expect(grade, `Flesch–Kincaid grade ${grade.toFixed(1)} (limit ${limit})`).toBeLessThanOrEqual(limit);
    },
  );
});

// Background pages are read by parents and young people too: the parents' limit applies.
describe('reading level of every background page', () => {
  test.each(pages.map((page) => [page.filePath, page] as const))('%s is within the parents’ grade', (_, page) => {
    const limit = AUDIENCE_INFO.parents.maxReadingGrade ?? Infinity;

    const grade = readingGrade(mdxToBlocks(page.body ?? ''));

    expect(grade, `Flesch–Kincaid grade ${grade.toFixed(1)} (limit ${limit})`).toBeLessThanOrEqual(limit);
  });
});
