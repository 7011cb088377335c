import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AUDIENCES } from '../../src/lib/audiences';
import { dictionary, langPrefix, LANGS, type Lang } from '../../src/i18n';
import { siteContent } from '../helpers/content';
import { openIndex } from '../helpers/pagefind';

const { topics, topicTranslations } = siteContent();

/** Each topic's id, title and keywords in a language. */
const topicsIn = (lang: Lang) =>
  topics.map((topic) => ({
    id: topic.id,
    ...topic.data,
    ...topicTranslations.find((entry) => entry.id === `${lang}/${topic.id}`)?.data,
  }));

describe.each(LANGS)("Pagefind's index in %s", (lang) => {
  const t = dictionary(lang);
  const labels = AUDIENCES.map((audience) => t.audiences[audience].label);
  const topicData = topicsIn(lang);
  const prefix = langPrefix(lang);
  let index: Awaited<ReturnType<typeof openIndex>>;
  beforeAll(async () => {
    index = await openIndex(lang);
  });
  afterAll(() => index.close());

  test('holds the guides of its language and nothing else', async () => {
    const results = await index.search(null);

    expect(results.length).toBe(AUDIENCES.length * topics.length);
    for (const result of results) {
      expect(result.url.slice(prefix.length)).toMatch(/^\/(young-people|parents|counsellors)\/[a-z-]+\/$/);
      expect(result.url.startsWith(`${prefix}/`)).toBe(true);
    }
  });

  test('comes with the address of every page it names by id (pagefind/pages.json)', async () => {
    const urls = (await index.search(null)).map((result) => result.url).sort();
    const ofLanguage = Object.entries(index.addresses).filter(([, url]) => urls.includes(url));

    expect(ofLanguage.map(([, url]) => url).sort()).toEqual(urls);
    for (const [id] of ofLanguage) expect(id).toMatch(new RegExp(`^${t.meta.locale.toLowerCase()}_[0-9a-f]+$`));
  });

  // A keyword may belong to more than one topic ("catfish"): then any of its topics may come first.
  const owners = new Map<string, string[]>();
  for (const topic of topicData) {
    for (const keyword of topic.keywords) owners.set(keyword, [...(owners.get(keyword) ?? []), topic.id]);
  }

  // Through the query pipeline, as the dialog and the search page search. A keyword's words can belong to other
  // topics too ("gift cards" pay a blackmailer as often as they buy trust), so its topic need only be near the top;
  // how often the first topic is right is measured on real queries by `npm run bench`.
  test.each([...owners].map(([keyword, ids]) => [keyword, ids.join(' or ')]))(
    '"%s" ranks the %s topic among the first three',
    async (keyword, expected) => {
      const firstThree = (await index.topics(keyword)).slice(0, 3).map((entry) => entry.topic);

      expect(
        firstThree.some((topic) => expected.split(' or ').includes(topic)),
        firstThree.join(', '),
      ).toBe(true);
    },
  );

  test('gives every result its audience, title and summary to show', async () => {
    const results = await index.search(lang === 'fr' ? 'aide' : 'help');

    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(labels).toContain(result.meta.audience);
      expect(result.meta.title).toBeTruthy();
      expect(result.meta.summary?.length).toBeGreaterThan(20);
    }
  });

  test('offers audience and topic filters with every guide counted', async () => {
    const filters = await index.filters();

    expect(Object.keys(filters.audience).sort()).toEqual([...labels].sort());
    expect(Object.keys(filters.topic).sort()).toEqual(topicData.map((topic) => topic.title).sort());
    expect(Object.values(filters.audience).every((count) => count === topics.length)).toBe(true);
  });

  test('narrows results to one audience with the audience filter', async () => {
    const results = await index.search(lang === 'fr' ? 'chantage' : 'blackmail', {
      audience: [t.audiences.counsellors.label],
    });

    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.url).toMatch(new RegExp(`^${prefix}/counsellors/`));
  });
});

test("links straight to a counsellor guide's red flags", async () => {
  const index = await openIndex('en');
  try {
    const results = await index.search('red flags', { audience: [dictionary('en').audiences.counsellors.label] });

    const subResults = results.flatMap((result) => result.sub_results.map((sub) => sub.url));

    expect(subResults).toContain('/counsellors/sextortion/#red-flags');
  } finally {
    index.close();
  }
});
