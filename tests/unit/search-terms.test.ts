import { describe, expect, test } from 'vitest';
import {
  boostedSearchWords,
  contentWords,
  fold,
  SHARED_BY_TOPICS,
  topicsUsingEachWord,
} from '../../src/lib/search-terms';

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
  test('boosts the words few topics use strongly, and the words many topics share a little', () => {
    const sextortion = ['Nudes', 'leaked nudes', "pay or they'll post"];
    const others = Array.from({ length: SHARED_BY_TOPICS - 1 }, () => ['nudes', 'posted online']);

    expect(boostedSearchWords(sextortion, topicsUsingEachWord([sextortion, ...others]))).toEqual({
      strong: 'leaked pay post',
      shared: 'nudes',
    });
  });

  test('boosts every word strongly when no other topic shares it', () => {
    expect(
      boostedSearchWords(['catfish', 'fake account'], topicsUsingEachWord([['catfish', 'fake account'], ['bullying']])),
    ).toEqual({
      strong: 'catfish fake account',
      shared: '',
    });
  });
});

describe('French words', () => {
  test('are folded: lower case, no accents, one apostrophe, ligatures spelled out', () => {
    expect(fold('Harcèlement à l’école, cœur')).toBe("harcelement a l'ecole, coeur");
  });

  test('stay whole as content words, accents or not', () => {
    expect(contentWords('Vidéo pédo')).toEqual(['video', 'pedo']);
    expect(contentWords('video pedo')).toEqual(['video', 'pedo']);
  });
});
