import { expect, test } from 'vitest';
import { memoize } from '../../src/lib/memo';

test('memoize works out each key once and gives the same answer after', () => {
  const asked: string[] = [];
  const shout = memoize((word: string) => {
    asked.push(word);
    return { word: word.toUpperCase() };
  });

  const first = shout('help');

  expect(shout('help')).toBe(first);
  expect(shout('now')).toEqual({ word: 'NOW' });
  expect(asked).toEqual(['help', 'now']);
});
