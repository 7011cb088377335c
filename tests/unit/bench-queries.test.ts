import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { pickQueries, readTopicKeywords, type TopicKeywords } from '../../tools/bench/queries';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const topics: TopicKeywords[] = [
  { id: 'b-topic', keywords: ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'] },
  { id: 'a-topic', keywords: ['a1', 'a2', 'a3', 'a4'] },
  { id: 'c-topic', keywords: ['c1', 'c2', 'c3'] },
];

describe('pickQueries', () => {
  test('deals the picks out a topic at a time, topics in order of id, each spaced through its keywords', () => {
    expect(pickQueries(topics, 7)).toEqual(['a1', 'b1', 'c1', 'a2', 'b4', 'c2', 'a3']);
  });

  test('returns the same queries whatever order the topics are read in', () => {
    expect(pickQueries([...topics].reverse(), 7)).toEqual(pickQueries(topics, 7));
  });

  test('passes over a keyword another topic already gave, in any case', () => {
    const overlapping = [
      { id: 'a', keywords: ['Blackmail', 'nudes'] },
      { id: 'b', keywords: ['blackmail', 'bully'] },
    ];

    expect(pickQueries(overlapping, 2)).toEqual(['Blackmail', 'bully']);
  });

  test('says which topic has too few keywords for its share', () => {
    expect(() => pickQueries([{ id: 'thin', keywords: ['one'] }], 2)).toThrow(
      'topic "thin" has too few distinct keywords for 2 queries',
    );
  });
});

describe('the queries the bench types', () => {
  test('are 20 distinct keywords of the real topics, every topic giving two or three', async () => {
    const real = await readTopicKeywords(ROOT);

    const queries = pickQueries(real, 20);

    expect(queries).toHaveLength(20);
    expect(new Set(queries).size).toBe(20);
    const topicOf = (query: string) => real.filter((topic) => topic.keywords.includes(query)).map((topic) => topic.id);
    for (const query of queries) expect(topicOf(query), query).not.toEqual([]);
    for (const topic of real) {
      const given = queries.filter((query) => topic.keywords.includes(query)).length;
      expect(given, topic.id).toBeGreaterThanOrEqual(2);
    }
  });
});
