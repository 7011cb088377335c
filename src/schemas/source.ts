import { z } from 'astro/zod';

/** A published document that facts on a page come from. */
export const sourceSchema = z.strictObject({
  /** The document's own title. */
  title: z.string().min(3),
  /** Who published it, e.g. "GSMA and Child Helpline International". */
  publisher: z.string().min(2),
  /** Where a reader can find it; https only. */
  url: z.url({ protocol: /^https$/, error: 'must be a full https:// address' }),
});

export type Source = z.infer<typeof sourceSchema>;
