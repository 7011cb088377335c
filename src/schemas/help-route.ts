import { z } from 'astro/zod';
import { slug } from './topic';

const https = z.url({ protocol: /^https$/, error: 'must be a full https:// address' });

/** A place to get help or report, shown in "Where to get help"; one item of `src/content/help-routes.yaml`. */
export const helpRouteSchema = z.strictObject({
  /** Stable id, lower-case words joined by hyphens. */
  id: slug,
  /** The service's name as its users know it. */
  name: z.string().min(2),
  /** What it does for the reader, in a few plain words. */
  what: z.string().min(5).max(140),
  /** Where and for whom it works, e.g. "UK, under 19". */
  who: z.string().min(2).max(60),
  /** Phone number as dialled in its country, digits and spaces only; omitted when there is none. */
  phone: z.string().regex(/^\+?\d[\d ]{2,18}\d$/, 'must be digits and spaces, as dialled').optional(),
  /** The service's own page for readers. */
  url: https,
  /** The page where these details were found and checked. */
  source: https,
  /** When the details were last checked against the source (YYYY-MM-DD). */
  checked: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
});
