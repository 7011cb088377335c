import { z } from 'astro/zod';
import { slug } from './topic';

/**
 * One entry of the glossary at `/terms/`; an item of `src/content/glossary.yaml`. The id (the entry's
 * anchor, `/terms/#grooming`) is made from the term. Wording follows the Luxembourg Terminology Guidelines.
 */
export const glossaryTermSchema = z
  .strictObject({
    /** Made from `term` when the file is read: lower-case words joined by hyphens. */
    id: slug,
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
  });

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** "Child sexual abuse material" becomes "child-sexual-abuse-material": the entry's id and anchor. */
export const termId = (term: string): string =>
  term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
