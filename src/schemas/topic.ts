import { z } from 'astro/zod';
import { HELP_KINDS, type HelpKind } from './help-service';
import { sourceSchema } from './source';

/** The kinds of help a topic may offer first: any but the emergency number, which every help box names first. */
type TopicHelpKind = Exclude<HelpKind, 'emergency'>;
const TOPIC_HELP_KINDS = HELP_KINDS.filter((kind): kind is TopicHelpKind => kind !== 'emergency') as [
  TopicHelpKind,
  ...TopicHelpKind[],
];

/** The id of another entry, as it appears in its file name (e.g. "sextortion"). */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "unsolicited-contact"');

/**
 * One online harm, e.g. sextortion; `src/content/topics/<id>.yaml`. The file name is the topic's id and URL.
 */
export const topicSchema = z.strictObject({
  /** The name readers know the topic by; used in headings, links and search filters. */
  title: z.string().min(3).max(60),
  /** One line on what the topic covers; shown on the audience hubs. */
  description: z.string().min(10).max(160, 'must be 160 characters or fewer'),
  /** Words people really type, slang and misspellings included; indexed by search with extra weight. */
  keywords: z.array(z.string().min(2)).min(3, 'needs at least 3 words people would search for'),
  /** True for topics whose young-people guide must open with a content note (grooming, abuse images…). */
  sensitive: z.boolean().default(false),
  /**
   * True where evidence matters (sextortion, bullying…): parents' and counsellors' printed checklists get a
   * "Keep a record" box with ruled lines for dates, usernames, links and report references.
   */
  keepRecord: z.boolean().default(false),
  /**
   * The kinds of help this topic's readers need most, most urgent first: the help box on its guides offers
   * these. `crisis` first where the guides name a risk of suicide or self-harm. (The emergency number is
   * always named first, so `emergency` is not listed.)
   */
  help: z
    .array(
      z.enum(TOPIC_HELP_KINDS, {
        error: `must be one of ${TOPIC_HELP_KINDS.join(', ')} (every help box names the emergency number first)`,
      }),
    )
    .min(1, 'needs at least one kind of help to offer first'),
  /** Ids of other topics a reader of this one often needs next. */
  related: z.array(slug).default([]),
  /** Where the topic's facts come from. */
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
});

/**
 * A topic's words in a language other than the default: `src/content/topics/<lang>/<id>.yaml`, the same id as the
 * topic's own file, which holds the default language's words and everything that is the same in every language.
 */
export const topicTranslationSchema = topicSchema.pick({ title: true, description: true, keywords: true });
