import { describe, expect, test } from 'vitest';
import { assertContentIsSound, checkContent, wordsToAvoid } from '../../src/lib/content-check';
import { findDiscouragedTerms } from '../../src/lib/terminology';
import { glossaryTermSchema } from '../../src/schemas/glossary-term';
import { asFile, siteContent } from '../helpers/content';

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

test('the content check stops a guide that uses a word to avoid, in its text or its fields', () => {
  const guide = {
    path: 'src/content/guides/x/parents.mdx',
    data: { checklist: ['Report it', 'Never share child porn'] },
    text: 'A line.\nIt was child pornography.',
  };

  expect(checkContent([], [guide], glossary)).toEqual(
    expect.arrayContaining([
      'src/content/guides/x/parents.mdx: checklist › item 2: says "child porn"; say "child sexual abuse material" instead (see the glossary)',
      'src/content/guides/x/parents.mdx: line 2: says "child pornography"; say "child sexual abuse material" instead (see the glossary)',
    ]),
  );
});

test('the build stops on a background page that uses a word to avoid', () => {
  const page = { path: 'src/content/pages/about-us.mdx', data: { title: 'Child porn online' }, text: 'Text.' };

  expect(() => assertContentIsSound({ topics: [], guides: [], glossary, pages: [page] })).toThrow(
    'src/content/pages/about-us.mdx: title: says "Child porn"; say "child sexual abuse material" instead (see the glossary)',
  );
});

describe('the site’s own words', async () => {
  const { guides, pages, glossary: entries } = siteContent();
  const siteGlossary = entries.map((entry) => entry.data);

  test('the glossary is sound, with each term once', () => {
    for (const entry of siteGlossary) expect(glossaryTermSchema.safeParse(entry).error).toBeUndefined();
    const ids = siteGlossary.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(siteGlossary.some((entry) => entry.insteadOf?.includes('child pornography'))).toBe(true);
  });

  test.each([...guides, ...pages].map((entry) => [entry.filePath, asFile(entry)] as const))(
    '%s uses none of the words the glossary says to avoid',
    (_, file) => {
      expect(wordsToAvoid(file, siteGlossary)).toEqual([]);
    },
  );
});
