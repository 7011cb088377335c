import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AUDIENCE_INFO, AUDIENCES } from '../../src/lib/audiences';
import { siteContent } from '../helpers/content';
import { openIndex } from '../helpers/pagefind';

const { topics } = siteContent();
const topicData = topics.map((topic) => ({ id: topic.id, ...topic.data }));

let index: Awaited<ReturnType<typeof openIndex>>;
beforeAll(async () => {
  index = await openIndex();
});
afterAll(() => index.close());

describe("Pagefind's index", () => {
  test('holds the guides and nothing else', async () => {
    const results = await index.search(null);

    expect(results.length).toBe(AUDIENCES.length * topics.length);
    for (const result of results) expect(result.url).toMatch(/^\/(young-people|parents|counsellors)\/[a-z-]+\/$/);
  });

  test('comes with the address of every page it names by id (pagefind/pages.json)', async () => {
    const urls = (await index.search(null)).map((result) => result.url).sort();

    expect(Object.values(index.addresses).sort()).toEqual(urls);
    for (const id of Object.keys(index.addresses)) expect(id).toMatch(/^en_[0-9a-f]+$/);
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
    const results = await index.search('help');

    for (const result of results) {
      expect(Object.values(AUDIENCE_INFO).map((info) => info.label)).toContain(result.meta.audience);
      expect(result.meta.title).toBeTruthy();
      expect(result.meta.summary?.length).toBeGreaterThan(20);
    }
  });

  test('offers audience and topic filters with every guide counted', async () => {
    const filters = await index.filters();

    expect(Object.keys(filters.audience).sort()).toEqual(
      Object.values(AUDIENCE_INFO)
        .map((info) => info.label)
        .sort(),
    );
    expect(Object.keys(filters.topic).sort()).toEqual(topicData.map((topic) => topic.title).sort());
    expect(Object.values(filters.audience).every((count) => count === topics.length)).toBe(true);
  });

  test('narrows results to one audience with the audience filter', async () => {
    const results = await index.search('blackmail', { audience: [AUDIENCE_INFO.counsellors.label] });

    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.url).toMatch(/^\/counsellors\//);
  });

  test("links straight to a counsellor guide's red flags", async () => {
    const results = await index.search('red flags', { audience: [AUDIENCE_INFO.counsellors.label] });

    const subResults = results.flatMap((result) => result.sub_results.map((sub) => sub.url));

    expect(subResults).toContain('/counsellors/sextortion/#red-flags');
  });
});
