import { z } from 'astro/zod';

/**
 * One group of words people use for the same thing, in `src/content/search-words/<lang>.yaml`: typing any of them
 * searches the others too (src/lib/search-pipeline.ts).
 */
export const searchWordGroupSchema = z.strictObject({
  /** A name for the group, e.g. "photos". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "fake-images"'),
  /**
   * True for words that say who is asking or who it happened to ("caller", "son"), not what happened: search
   * leaves them out, as it does "me" or "the".
   */
  ignore: z.boolean().default(false),
  /** The words and phrases, lower case, the guides' own word first. */
  words: z
    .array(z.string().regex(/^[\p{Ll}0-9' -]+$/u, 'must be lower-case letters, digits, spaces, hyphens or apostrophes'))
    .min(1, 'needs at least one word'),
});

/** A language's search words: `src/content/search-words/<lang>.yaml`. */
export const searchWordsSchema = z.strictObject({
  /** The groups of words that mean the same thing. */
  groups: z.array(searchWordGroupSchema).min(1, 'needs at least one group'),
});
