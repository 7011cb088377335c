import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { readContent } from '../../src/build/content-files';
import { findDiscouragedTerms } from '../../src/lib/terminology';
import { glossaryTermSchema } from '../../src/schemas/glossary-term';

const root = new URL('../../', import.meta.url).pathname;
const glossary = [{ term: 'child sexual abuse material', insteadOf: ['child pornography', 'child porn'] }];

describe('findDiscouragedTerms', () => {
  test('names the file, the line and the word to use instead, in any case and across a hyphen', () => {
    const text = 'First line.\nThey called it Child  Pornography.\nOr child-porn.';

    expect(findDiscouragedTerms('guide.mdx', text, glossary)).toEqual([
      'guide.mdx: line 2: says "Child  Pornography"; say "child sexual abuse material" instead (see the glossary)',
      'guide.mdx: line 3: says "child-porn"; say "child sexual abuse material" instead (see the glossary)',
    ]);
  });

  test('matches whole words only', () => {
    expect(findDiscouragedTerms('guide.mdx', 'Pornography and children, a child pornographer', glossary)).toEqual([]);
  });
});

test('the content check stops a guide that uses a word to avoid', () => {
  const guide = { path: 'src/content/guides/x/parents.mdx', data: {}, text: '---\n---\nIt was child pornography.' };

  expect(checkContent([], [guide], glossary)).toContain(
    'src/content/guides/x/parents.mdx: line 3: says "child pornography"; say "child sexual abuse material" instead (see the glossary)',
  );
});

describe('the site’s own words', async () => {
  const { guides, glossary: siteGlossary } = await readContent(root);

  test('the glossary is sound, with each term once', () => {
    for (const entry of siteGlossary) expect(glossaryTermSchema.safeParse(entry).error).toBeUndefined();
    const ids = siteGlossary.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(siteGlossary.some((entry) => entry.insteadOf?.includes('child pornography'))).toBe(true);
  });

  const pages = readdirSync(join(root, 'src/pages'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ path: `src/pages/${file}`, text: readFileSync(join(root, 'src/pages', file), 'utf8') }));

  test.each([...guides, ...pages].map((file) => [file.path, file.text ?? ''] as const))(
    '%s uses none of the words the glossary says to avoid',
    (path, text) => {
      expect(findDiscouragedTerms(path, text, siteGlossary)).toEqual([]);
    },
  );
});
