/**
 * Reading level of a guide, as the Flesch–Kincaid grade (wooorm's `flesch-kincaid` and `syllable`).
 * The text measured is what a reader sees: the summary, the checklist and the MDX body, with markup,
 * imports and component tags removed. Each heading, list item and paragraph ends a sentence, as it
 * does for a reader, even without a full stop.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

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
    .filter((line) => /[A-Za-z]/.test(line));
}

/** Counts sentences, words and syllables in blocks of plain text. */
export function countText(blocks: string[]): { sentence: number; word: number; syllable: number } {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const block of blocks) {
    const text = /[.!?]["'”’)]*$/.test(block) ? block : `${block}.`;
    sentences += text.split(/[.!?]+["'”’)]*(?:\s+|$)/).filter((part) => /[A-Za-z]/.test(part)).length;
    for (const word of text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
      words += 1;
      syllables += Math.max(1, syllable(word));
    }
  }
  return { sentence: sentences, word: words, syllable: syllables };
}

/** Flesch–Kincaid grade of blocks of plain text. */
export function readingGrade(blocks: string[]): number {
  return fleschKincaid(countText(blocks));
}
