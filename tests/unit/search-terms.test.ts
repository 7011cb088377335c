import { describe, expect, test } from 'vitest';
import { boostedSearchWords, contentWords, searchQuery } from '../../src/lib/search-terms';

describe('contentWords', () => {
  test('returns each content word once, lower-cased, with curly apostrophes made straight', () => {
    expect(contentWords('Someone I don’t know keeps messaging me, keeps ADDING me')).toEqual([
      'someone',
      'know',
      'keeps',
      'messaging',
      'adding',
    ]);
  });
});

describe('boostedSearchWords', () => {
  test('joins the content words of every keyword', () => {
    expect(boostedSearchWords(['Nudes', 'leaked nudes', "pay or they'll post"])).toBe('nudes leaked pay post');
  });
});

describe('searchQuery', () => {
  test('keeps the words that say what happened', () => {
    expect(searchQuery('he is blackmailing me')).toBe('blackmailing');
  });

  test('returns the typed text when it has only function words', () => {
    expect(searchQuery('  me  ')).toBe('me');
  });
});
