import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AUDIENCE_INFO } from '../../src/lib/audiences';
import { readContent } from '../../src/build/content-files';
import { mdxToBlocks, readingGrade } from '../../src/lib/readability';

const root = new URL('../../', import.meta.url).pathname;
const { guides } = await readContent(root);

describe('reading level of every guide', () => {
  test.each(guides.map((guide) => [guide.path, guide] as const))('%s is within its audience’s grade', (_, guide) => {
    const data = guide.data as {
      audience: keyof typeof AUDIENCE_INFO;
      contentNote?: string;
      summary: string;
      checklist: string[];
    };
    const limit = AUDIENCE_INFO[data.audience].maxReadingGrade ?? Infinity;
    const blocks = [...(data.contentNote ? [data.contentNote] : []), data.summary, ...data.checklist, ...mdxToBlocks(readFileSync(root + guide.path, 'utf8'))];

    const grade = readingGrade(blocks);

    expect(grade, `Flesch–Kincaid grade ${grade.toFixed(1)} (limit ${limit})`).toBeLessThanOrEqual(limit);
  });
});

// Background pages are read by parents and young people too: the parents' limit applies.
const prosePages = readdirSync(root + 'src/pages', { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.mdx'),
);

describe('reading level of every background page', () => {
  test.each(prosePages)('src/pages/%s is within the parents’ grade', (file) => {
    const limit = AUDIENCE_INFO.parents.maxReadingGrade ?? Infinity;

    const grade = readingGrade(mdxToBlocks(readFileSync(root + 'src/pages/' + file, 'utf8')));

    expect(grade, `Flesch–Kincaid grade ${grade.toFixed(1)} (limit ${limit})`).toBeLessThanOrEqual(limit);
  });
});
