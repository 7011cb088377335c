import { describe, expect, test } from 'vitest';
import { assertContentIsSound, checkContent, wordsToAvoid } from '../../src/lib/content-check';
import { findDiscouragedTerms } from '../../src/lib/terminology';
import { LANGS } from '../../src/i18n/languages';
import { asFile, glossaryOf, langOfEntry, siteContent } from '../helpers/content';

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

  expect(checkContent([], [guide], { glossaries: { en: glossary } })).toEqual(
    expect.arrayContaining([
      'src/content/guides/x/parents.mdx: checklist › item 2: says "child porn"; say "child sexual abuse material" instead (see the glossary)',
      'src/content/guides/x/parents.mdx: line 2: says "child pornography"; say "child sexual abuse material" instead (see the glossary)',
    ]),
  );
});

test('the build stops on a background page that uses a word to avoid', () => {
  const page = { path: 'src/content/pages/about-us.mdx', data: { title: 'Child porn online' }, text: 'Text.' };
  const glossaries = [{ path: 'src/content/glossary/en.yaml', data: { terms: glossary } }];

  expect(() => assertContentIsSound({ topics: [], guides: [], glossaries, pages: [page] })).toThrow(
    'src/content/pages/about-us.mdx: title: says "Child porn"; say "child sexual abuse material" instead (see the glossary)',
  );
});

test('each language’s guides are held to its own glossary’s words to avoid', () => {
  const french = [
    { term: 'contenus d’abus sexuels sur enfants', insteadOf: ['pédopornographie', 'pornographie infantile'] },
  ];
  const guide = { path: 'src/content/guides/fr/x/parents.mdx', data: {}, text: 'Signalez la pornographie infantile.' };

  expect(checkContent([], [guide], { glossaries: { en: glossary, fr: french } })).toContain(
    'src/content/guides/fr/x/parents.mdx: line 1: says "pornographie infantile"; say "contenus d’abus sexuels sur enfants" instead (see the glossary)',
  );
  expect(
    checkContent([], [{ ...guide, path: 'src/content/guides/x/parents.mdx' }], { glossaries: { fr: french } }),
  ).not.toContain(expect.stringContaining('says'));
});

describe('the site’s own words', async () => {
  const { guides, pages } = siteContent();

  test.each(LANGS)('the %s glossary has each term once, with plain-letter anchors', (lang) => {
    const ids = glossaryOf(lang).map((entry) => entry.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('each glossary names the Luxembourg Guidelines’ words to avoid', () => {
    expect(glossaryOf('en').some((entry) => entry.insteadOf?.includes('child pornography'))).toBe(true);
    const french = glossaryOf('fr').flatMap((entry) => entry.insteadOf ?? []);
    for (const avoided of ['pédopornographie', 'pornographie infantile', 'prostitution infantile']) {
      expect(french).toContain(avoided);
    }
  });

  test.each([...guides, ...pages].map((entry) => [entry.filePath, entry] as const))(
    '%s uses none of the words its language’s glossary says to avoid',
    (_, entry) => {
      expect(wordsToAvoid(asFile(entry), glossaryOf(langOfEntry(entry)))).toEqual([]);
    },
  );
});
