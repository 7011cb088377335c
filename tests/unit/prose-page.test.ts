import { expect, test } from 'vitest';
import { schemaProblems } from '../../src/lib/content-check';
import { prosePageSchema } from '../../src/schemas/prose-page';

const path = 'src/content/pages/how-young-people-use-technology.mdx';
const page = {
  title: 'How young people use technology',
  description: 'Background for parents and counsellors on the apps young people use.',
  reviewed: '2026-11-23',
  sources: [{ title: 'Internet Safety Guides', publisher: 'GSMA', url: 'https://example.org/guides' }],
};

test('a sound background page has no problems', () => {
  expect(schemaProblems({ path, data: page }, prosePageSchema)).toEqual([]);
});

test('a background page names its file and each field to fix, as a guide does', () => {
  const { title: _, ...withoutTitle } = page;

  expect(schemaProblems({ path, data: { ...withoutTitle, titel: 'Typo', sources: [] } }, prosePageSchema)).toEqual([
    `${path}: title: missing; this field is required`,
    `${path}: sources: needs at least one source`,
    `${path}: titel: unknown field; check its spelling`,
  ]);
});
