import { z } from 'astro/zod';

/**
 * One entry of the glossary at `/terms/`; an item of `terms` in `src/content/glossary/<lang>.yaml`. Its id (the
 * entry's anchor, `/terms/#grooming`) is made from the term. Wording follows the Luxembourg Terminology Guidelines.
 */
export const glossaryTermSchema = z
  .strictObject({
    /** The word or phrase as we use it on the site. */
    term: z.string().min(2).max(60),
    /** Other names for the same thing that are fine to use, e.g. "CSAM". */
    also: z.array(z.string().min(2)).optional(),
    /** What it means, in plain words a 12-year-old can follow. */
    meaning: z.string().min(10).max(300, 'must be 300 characters or fewer'),
    /** Words the guidelines advise against, which this term replaces; no guide may use them. */
    insteadOf: z.array(z.string().min(3)).optional(),
    /** Why the old words do harm; required with `insteadOf`. */
    why: z.string().min(10).max(300, 'must be 300 characters or fewer').optional(),
  })
  .refine((entry) => !entry.insteadOf || entry.why, {
    path: ['why'],
    message: 'missing; say why the words in insteadOf are avoided',
  })
  .transform((entry) => ({ ...entry, id: termId(entry.term) }));

/** A language's glossary: `src/content/glossary/<lang>.yaml`, its terms in alphabetical order. */
export const glossarySchema = z.strictObject({
  /** The entries, each a `term` and its `meaning`. */
  terms: z.array(glossaryTermSchema).min(1, 'needs at least one term'),
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

/** "Child sexual abuse material" becomes "child-sexual-abuse-material": the entry's id and anchor. */
export const termId = (term: string): string =>
  term
    .toLowerCase()
    .normalize('NFKD')
    // "Pédopiégeage" becomes "pedopiegeage": accents go, so anchors are plain letters in every language.
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
