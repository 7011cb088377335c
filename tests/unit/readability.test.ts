import { describe, expect, test } from 'vitest';
import { countText, mdxToBlocks, readingGrade } from '../../src/lib/readability';

describe('mdxToBlocks', () => {
  test('returns the text a reader sees, one block per heading, item and line', () => {
    const mdx = [
      '---',
      'title: Not counted',
      '---',
      "import Thing from './thing.astro';",
      '## What to do now',
      '<Steps>',
      '1. **Stop** replying to them.',
      '2. Read [our privacy tips](/young-people/privacy/).',
      '</Steps>',
      '- Tell *someone* you trust',
    ].join('\n');

    expect(mdxToBlocks(mdx)).toEqual([
      'What to do now',
      'Stop replying to them.',
      'Read our privacy tips.',
      'Tell someone you trust',
    ]);
  });
});

describe('countText', () => {
  test('ends every block as a sentence and counts words and syllables', () => {
    const counts = countText(['What to do now', 'Stop replying. Tell an adult!']);

    expect(counts).toEqual({ sentence: 3, word: 9, syllable: 12 });
  });
});

describe('readingGrade', () => {
  test('returns a low grade for short plain sentences', () => {
    expect(readingGrade(['The cat sat on the mat.'])).toBeCloseTo(-1.45, 2);
  });

  test('returns a high grade for long sentences of long words', () => {
    const dense =
      'Safeguarding professionals must comprehensively evaluate multidisciplinary interventions, considering confidentiality obligations, jurisdictional variations and organisational escalation procedures simultaneously.';

    expect(readingGrade([dense])).toBeGreaterThan(16);
  });
});
