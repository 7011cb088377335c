import { z } from 'astro/zod';
import { sourceSchema } from './source';

/** A page of background or help written as MDX: `src/content/pages/<address>.mdx`, shown at `/<address>/`. */
export const prosePageSchema = z.strictObject({
  /** The page heading and the start of the browser tab's title. */
  title: z.string().min(3).max(90, 'must be 90 characters or fewer'),
  /** One or two sentences for search engines and link previews. */
  description: z.string().min(20).max(160, 'must be 160 characters or fewer'),
  /** Where the page's facts come from. */
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  /** When someone last checked the page against its sources (YYYY-MM-DD). */
  reviewed: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
});

export type ProsePage = z.infer<typeof prosePageSchema>;
