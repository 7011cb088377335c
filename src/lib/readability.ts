/**
 * Reading level of a guide, by a formula made for its language: the text measured is what a reader sees (the
 * summary, the checklist and the MDX body, with markup, imports and component tags removed). Each heading, list
 * item and paragraph ends a sentence, as it does for a reader, even without a full stop.
 *
 * - English: the Flesch–Kincaid grade (wooorm's `flesch-kincaid`, syllables by `syllable`); lower is easier.
 * - French: Kandel & Moles' adaptation of Flesch's reading ease (1958): 207 − 1.015 × words per sentence
 *   − 73.6 × syllables per word; higher is easier, as with Flesch's. Syllables come from the French
 *   hyphenation patterns of TeX (`hyphen`, Liang's algorithm): the points where a word may break, plus one.
 */
import { fleschKincaid } from 'flesch-kincaid';
import frenchHyphenation from 'hyphen/fr/index.js';
import { syllable } from 'syllable';
import type { Audience } from './audiences';
import type { Lang } from '../i18n/languages';

/** Plain sentences from an MDX body: one block (heading, list item, paragraph line) per entry. */
export function mdxToBlocks(mdx: string): string[] {
  return mdx
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '\n')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s*(#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s*)/, '')
        .replace(/[*_`]/g, '')
        .trim(),
    )
    .filter((line) => /\p{L}/u.test(line));
}

/** How one language counts the syllables of a word. */
type SyllableCounter = (word: string) => number;

const { hyphenateSync } = frenchHyphenation;
const frenchSyllables: SyllableCounter = (word) =>
  hyphenateSync(word, { hyphenChar: '|', minWordLength: 2 }).split('|').length;

/** Counts sentences, words and syllables in blocks of plain text. */
export function countText(
  blocks: string[],
  syllables: SyllableCounter = syllable,
): { sentence: number; word: number; syllable: number } {
  let sentenceCount = 0;
  let wordCount = 0;
  let syllableCount = 0;
  for (const block of blocks) {
    const text = /[.!?]["'”’»)\s]*$/.test(block) ? block : `${block}.`;
    sentenceCount += text.split(/[.!?]+["'”’»)]*(?:\s+|$)/).filter((part) => /\p{L}/u.test(part)).length;
    for (const word of text.match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
      wordCount += 1;
      syllableCount += Math.max(1, syllables(word));
    }
  }
  return { sentence: sentenceCount, word: wordCount, syllable: syllableCount };
}

/** Flesch–Kincaid grade of blocks of English text. */
export function readingGrade(blocks: string[]): number {
  return fleschKincaid(countText(blocks));
}

/** Kandel & Moles' reading ease of blocks of French text. */
export function kandelMoles(blocks: string[]): number {
  const { sentence, word, syllable: syllables } = countText(blocks, frenchSyllables);
  return 207 - 1.015 * (word / sentence) - 73.6 * (syllables / word);
}

/** A language's formula, and the level each audience's guides must meet (background pages: the parents'). */
export interface ReadingRule {
  formula: string;
  score: (blocks: string[]) => number;
  /** True when the score is at least as easy as the limit. */
  isWithin: (score: number, limit: number) => boolean;
  /** The limits per audience; counsellors, who read as professionals, have none. */
  limits: Partial<Record<Audience, number>>;
}

export const READING_RULES: Record<Lang, ReadingRule> = {
  // Grade 6 for young people (aged about 11 to 17, some of them struggling readers), grade 8 for parents.
  en: {
    formula: 'Flesch–Kincaid grade',
    score: readingGrade,
    isWithin: (score, limit) => score <= limit,
    limits: { 'young-people': 6, parents: 8 },
  },
  // Kandel & Moles keep Flesch's scale, on which the English limits sit at about 80 (grade 6) and 65 (grade 8).
  // Counting syllables by hyphenation misses some in short words ("écran" counts one), so French text scores a
  // few points easier than it reads: each limit is one of Flesch's bands stricter, 90 ("very easy") for young
  // people and 80 ("easy") for parents. (Measured on the first French guides: 98.8–105.4 and 85.8–91.5; the same
  // guides in English score 91–95 and 73–84 on Flesch's own formula.)
  fr: {
    formula: 'Kandel–Moles reading ease',
    score: kandelMoles,
    isWithin: (score, limit) => score >= limit,
    limits: { 'young-people': 90, parents: 80 },
  },
};
