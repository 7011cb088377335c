/** The query pipeline in front of Pagefind (src/lib/search-pipeline.ts), fed fixed engine results. */
import { describe, expect, test } from 'vitest';
import {
  closestTopics,
  coverage,
  editDistance,
  orderGuides,
  rankTopics,
  readQuery,
  stem,
  WEAK_MATCH,
  type GuidePage,
  type Hit,
  type SearchVocabulary,
} from '../../src/lib/search-pipeline';

const words: Pick<SearchVocabulary, 'groups' | 'ignore' | 'topics'> = {
  groups: [
    ['photos', 'pics', 'pictures'],
    ['blackmail', 'blackmailing', 'threaten', 'leak them'],
    ['stranger', 'random', "someone i don't know"],
    ['money', 'pay'],
  ],
  ignore: ['caller', 'son'],
  topics: [
    { id: 'sextortion', words: ['sextortion', 'blackmail', 'nudes', 'money'] },
    { id: 'unsolicited-contact', words: ['stranger', 'adds', 'random'] },
    { id: 'cyberbullying', words: ['bullying', 'mean', 'group'] },
  ],
};

/** Three topics, a page for two audiences each: ids name them. */
const pages: Record<string, GuidePage> = {
  'sx-yp': { topic: 'sextortion', audience: 'young-people' },
  'sx-c': { topic: 'sextortion', audience: 'counsellors' },
  'uc-yp': { topic: 'unsolicited-contact', audience: 'young-people' },
  'uc-c': { topic: 'unsolicited-contact', audience: 'counsellors' },
  'cb-yp': { topic: 'cyberbullying', audience: 'young-people' },
  'cb-c': { topic: 'cyberbullying', audience: 'counsellors' },
};

/** A fixed index: for each term, the pages that hold it and Pagefind's score; the searches made are recorded. */
function engine(index: Record<string, Record<string, number>>) {
  const searched: string[] = [];
  const search = async (term: string): Promise<Hit[]> => {
    searched.push(term);
    return Object.entries(index[term] ?? {}).map(([page, score]) => ({ page, score }));
  };
  return { search, searched };
}

const terms = (typed: string) => readQuery(typed, words).map((concept) => concept.terms);

describe('readQuery', () => {
  test('keeps the content words, each with the words people use for the same thing', () => {
    expect(terms('They want money for my pics')).toEqual([['want'], ['money', 'pay'], ['pics', 'photos', 'pictures']]);
  });

  test('reads a known phrase as one concept, its own words with its group’s, and drops numbers and who-words', () => {
    expect(terms("caller 14: someone I don't know messaged my son")).toEqual([
      ['someone', 'know', 'stranger', 'random'],
      ['messaged'],
    ]);
  });

  test('turns "$500" into money', () => {
    expect(terms('they want $500')).toEqual([['want'], ['money', 'pay']]);
  });

  test('counts the same meaning typed twice once', () => {
    expect(terms('pics photos')).toEqual([['pics', 'photos', 'pictures']]);
  });

  test('searches one form of each word: the engine stems "blackmailing" to "blackmail" itself', () => {
    expect(terms('blackmailing')).toEqual([['blackmailing', 'threaten']]);
  });

  test('keeps the nearest known word of a misspelling in reserve, never for short words', () => {
    const [misspelt] = readQuery('blakmail', words);
    expect(misspelt).toEqual({ typed: 'blakmail', terms: ['blakmail'], fallback: ['blackmail', 'threaten'] });
    expect(readQuery('pxy', words)[0]).toEqual({ typed: 'pxy', terms: ['pxy'] });
  });
});

describe('rankTopics', () => {
  test('finds a topic from words no single page holds together, where one rare word would empty an AND search', async () => {
    const { search } = engine({
      older: {},
      stranger: { 'uc-yp': 9, 'uc-c': 4 },
      random: { 'uc-yp': 7 },
      meet: { 'uc-yp': 3, 'sx-yp': 1 },
    });

    const [first] = await rankTopics(readQuery('older stranger wants to meet', words), search, pages, words.topics);

    expect(first.topic).toBe('unsolicited-contact');
  });

  test('ranks the topic matching more and sharper concepts first, counting every audience’s page', async () => {
    const { search } = engine({
      blackmail: { 'sx-c': 8, 'cb-c': 1 },
      money: { 'sx-yp': 6, 'uc-yp': 1, 'cb-yp': 1 },
      pay: {},
      group: { 'cb-yp': 5, 'sx-yp': 4, 'uc-yp': 4 },
    });

    const ranked = await rankTopics(readQuery('group blackmail for money', words), search, pages, words.topics);

    expect(ranked.map((entry) => entry.topic)).toEqual(['sextortion', 'cyberbullying', 'unsolicited-contact']);
    // Each topic's pages, best first, each with the term that matched it best: it names the section to offer.
    expect(ranked[0].pages.map((page) => [page.page, page.term])).toEqual([
      ['sx-yp', 'money'],
      ['sx-c', 'blackmail'],
    ]);
  });

  test("lets a topic's own keyword outweigh the same word in another topic's body", async () => {
    const { search } = engine({ random: { 'cb-yp': 3, 'uc-yp': 3 }, stranger: {} });

    const [first] = await rankTopics(readQuery('random', words), search, pages, words.topics);

    expect(first.topic).toBe('unsolicited-contact');
  });

  test('searches a misspelling’s nearest word only when the word as typed finds nothing', async () => {
    const found = engine({ blakmail: { 'sx-yp': 2 } });
    await rankTopics(readQuery('blakmail', words), found.search, pages, words.topics);
    expect(found.searched).toEqual(['blakmail']);

    const missed = engine({ blackmail: { 'sx-yp': 5 } });
    const [first] = await rankTopics(readQuery('blakmail', words), missed.search, pages, words.topics);
    expect(missed.searched).toEqual(['blakmail', 'blackmail', 'threaten']);
    expect(first.topic).toBe('sextortion');
  });

  test('leaves out pages that are not guides, and finds nothing for words that match nothing', async () => {
    const { search } = engine({ bullying: { 'not-a-guide': 9 } });

    expect(await rankTopics(readQuery('bullying', words), search, pages, words.topics)).toEqual([]);
  });
});

describe('orderGuides', () => {
  const ranked = [
    { topic: 'sextortion', pages: [{ page: 'sx-c' }, { page: 'sx-yp' }] },
    { topic: 'unsolicited-contact', pages: [{ page: 'uc-yp' }] },
  ];

  test("lists the reader's own guide of every topic first, then the others", () => {
    expect(orderGuides(ranked, pages, { audience: 'parents', limit: 4 })).toEqual([
      { topic: 'sextortion', audience: 'parents' },
      { topic: 'unsolicited-contact', audience: 'parents' },
      { topic: 'sextortion', audience: 'young-people' },
      { topic: 'sextortion', audience: 'counsellors' },
    ]);
  });

  test('lists only the audience’s guides when asked (counsellor guides only)', () => {
    expect(orderGuides(ranked, pages, { audience: 'counsellors', only: true, limit: 8 })).toEqual([
      { topic: 'sextortion', audience: 'counsellors' },
      { topic: 'unsolicited-contact', audience: 'counsellors' },
    ]);
  });

  test('without an audience, puts each topic’s best-matching guide first', () => {
    expect(orderGuides(ranked, pages, { limit: 2 })).toEqual([
      { topic: 'sextortion', audience: 'counsellors' },
      { topic: 'unsolicited-contact', audience: 'young-people' },
    ]);
  });
});

describe('when nothing matches well', () => {
  test('offers the topics whose words look most like what was typed', () => {
    expect(closestTopics('bulying', words.topics, 2)[0]).toBe('cyberbullying');
    expect(closestTopics('sextorshun', words.topics, 1)).toEqual(['sextortion']);
  });

  test('still offers topics when nothing is alike at all', () => {
    expect(closestTopics('qqqq', words.topics, 2)).toHaveLength(2);
  });

  test('calls a match weak when the best topic answers little of what was asked', () => {
    const concepts = readQuery('stranger money pics', words);
    const strong = [{ topic: 'sextortion', score: 7, pages: [] }];
    const weak = [{ topic: 'sextortion', score: 0.5, pages: [] }];

    expect(coverage(concepts, strong)).toBeGreaterThanOrEqual(WEAK_MATCH);
    expect(coverage(concepts, weak)).toBeLessThan(WEAK_MATCH);
    expect(coverage(concepts, [])).toBe(0);
  });
});

describe('helpers', () => {
  test('edit distance counts single-letter changes and stops past its limit', () => {
    expect(editDistance('grooming', 'grroming')).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  test('stems enough to match a keyword to its other forms', () => {
    expect(['threatening', 'threatened', 'threatens', 'nudes'].map(stem)).toEqual([
      'threaten',
      'threaten',
      'threaten',
      'nude',
    ]);
    // Short words and double s stay whole: "pics" is not "pic", "harass" is not "haras".
    expect(['pics', 'harass'].map(stem)).toEqual(['pics', 'harass']);
  });
});

describe('readQuery in French', () => {
  const french = {
    groups: [['harcèlement', 'harceler', 'intimidation']],
    ignore: ['élève', 'ma', 'fille'],
    topics: [],
  };

  test('finds a group word typed without its accents, and leaves out ignored words typed with or without them', () => {
    const concepts = readQuery('ma fille eleve harcelement', french);

    expect(concepts).toHaveLength(1);
    expect(concepts[0].typed).toBe('harcelement');
    expect(concepts[0].terms).toEqual(expect.arrayContaining(['harcelement', 'harceler', 'intimidation']));
  });
});
