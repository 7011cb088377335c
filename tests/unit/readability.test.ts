import { describe, expect, test } from 'vitest';
import { countText, kandelMoles, mdxToBlocks, readingGrade } from '../../src/lib/readability';

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

describe('kandelMoles', () => {
  test('is 207 less 1.015 × words per sentence and 73.6 × syllables per word', () => {
    // Three words of one syllable each in one sentence.
    expect(kandelMoles(['Le chat dort.'])).toBeCloseTo(207 - 1.015 * 3 - 73.6, 5);
  });

  test('counts French syllables by hyphenation, accents and elisions included', () => {
    // har-cè-le-ment (4) + en-fant (2) + aujourd’hui (au-jourd’hui: 2), one sentence of three words.
    expect(kandelMoles(['Harcèlement enfant aujourd’hui.'])).toBeCloseTo(207 - 1.015 * 3 - 73.6 * (8 / 3), 5);
  });

  test('scores plain French as easier than dense French', () => {
    const plain = ['Tu n’es pas seul. Parle à un adulte. Bloque cette personne.'];
    const dense = [
      'La multiplication des dispositifs numériques interconnectés complexifie considérablement l’identification des responsabilités institutionnelles.',
    ];
    expect(kandelMoles(plain)).toBeGreaterThan(90);
    expect(kandelMoles(dense)).toBeLessThan(30);
  });
});
