import { z } from 'astro/zod';
import { AUDIENCES } from '../lib/audiences';
import { slug } from './topic';
import { sourceSchema } from './source';

/** A short line of plain text in a list, e.g. one checklist action. */
const line = z.string().min(3).max(200, 'must be 200 characters or fewer');

/** A list of short lines with a lower and upper bound on its length. */
const lines = (min: number, max: number) =>
  z
    .array(line)
    .min(min, `needs at least ${min} item${min === 1 ? '' : 's'}`)
    .max(max, `must have ${max} items or fewer`);

/** A named service a counsellor can refer to, with the official page where its details were found. */
const referralSchema = z.strictObject({
  /** The service's name, e.g. "CEOP Safety Centre". */
  name: z.string().min(2),
  /** When it is the right door, in a few words. */
  when: z.string().min(3).max(90, 'must be 90 characters or fewer, to keep the call card on one screen'),
  /** The service's own page, which is also the source of these details; https only. */
  url: z.url({ protocol: /^https$/, error: 'must be a full https:// address' }),
});

/** Fields every guide has, whatever its audience. */
const commonFields = {
  /** The topic's id; must match the folder: `src/content/guides/<topic>/`. */
  topic: slug,
  /** The page heading; also the start of the browser tab's title. */
  title: z.string().min(3).max(90, 'must be 90 characters or fewer'),
  /** What the guide tells the reader, in one or two sentences; the meta description and search excerpt. */
  summary: z.string().min(20).max(160, 'must be 160 characters or fewer'),
  /** The printable checklist: 3 to 10 short actions, in the order to do them. */
  checklist: lines(3, 10),
  /** When someone last checked the guide against its sources (YYYY-MM-DD). */
  reviewed: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
  /** Where the guide's facts come from; at least one, each with its address. */
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
};

/** A guide for young people or for parents and carers. */
const readerGuide = z.strictObject({
  ...commonFields,
  /** Who the guide is written for; must match the file name: `<audience>.mdx`. */
  audience: z.enum(['young-people', 'parents']),
  /** What the page covers, shown before anything else; required for young people on a sensitive topic. */
  contentNote: z.string().min(20).max(200, 'must be 200 characters or fewer').optional(),
});

/** A guide for helpline counsellors: adds the call card shown at the top of the page. */
const counsellorGuide = z.strictObject({
  ...commonFields,
  /** Who the guide is written for; must match the file name: `counsellors.mdx`. */
  audience: z.literal('counsellors'),
  /** Signs that call for escalation under the helpline's safeguarding procedure. */
  redFlags: lines(1, 8),
  /** Open questions to ask the caller, worded as a counsellor would say them. */
  questions: lines(2, 8),
  /** What to do next, in order. */
  nextSteps: lines(2, 8),
  /** Named services to refer or signpost to. */
  referrals: z.array(referralSchema).min(1, 'needs at least one referral route').max(6, 'must have 6 items or fewer'),
});

/** One guide: `src/content/guides/<topic>/<audience>.mdx`; the MDX body is the narrative under the summary. */
export const guideSchema = z.discriminatedUnion('audience', [readerGuide, counsellorGuide], {
  error: `must be one of ${AUDIENCES.join(', ')}`,
});
