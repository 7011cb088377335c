/**
 * Turns Pagefind's results into the list a reader moves through with the arrow keys in the search dialog:
 * each guide, then straight links into it. A counsellor guide always offers its call card's red flags, the
 * part a counsellor needs first mid-call; any guide also offers the section that matches the words best.
 * Every word it adds comes from the vocabulary's strings (words.json), in the page's language.
 */
import { guideOfPath } from '../lib/routes';
import type { SearchStrings } from '../lib/search-pipeline';

/** The part of Pagefind's result data the dialog shows (see `data-pagefind-meta` on the guide page). */
export interface ResultData {
  url: string;
  meta: {
    title?: string;
    /** The audience's label, shown on the row ("Parents and carers"). */
    audience?: string;
    /** The audience as a screen reader hears it after the guide's title ("for parents and carers"). */
    audienceFor?: string;
    summary?: string;
  };
  sub_results?: { title: string; url: string; locations?: number[] }[];
}

/** One row of the list: a guide, a section of the guide above it, or the way to help when nothing matches. */
export interface Choice {
  url: string;
  kind: 'guide' | 'section' | 'help';
  title: string;
  /** The guide's audience and summary, shown on a guide's row (and a line under the help row). */
  audience?: string;
  summary?: string;
  /** What a screen reader says for the row: a section's name alone would not say which guide it is in. */
  label: string;
}

/** How many guides the dialog lists. */
export const MAX_GUIDES = 8;

/** How many the search page lists: every guide of every topic that matched, as far as anyone would read. */
export const GUIDES_PER_SEARCH_PAGE = 30;

/** The anchor of a counsellor guide's red flags (src/components/CallCard.astro). */
export const RED_FLAGS_ANCHOR = 'red-flags';

/** The words `toChoices` adds: a call card's red flags, and what a screen reader says for each row. */
export type ChoiceWords = Pick<SearchStrings, 'redFlags' | 'guideLabel' | 'sectionLabel'>;

/** A counsellor guide's own address (not a link into it), in any language. */
const isCounsellorGuide = (url: string) => !url.includes('#') && guideOfPath(url)?.audience === 'counsellors';

/** A template with its `{name}`s filled in: `fillIn('{n} found', { n: 3 })` is "3 found". */
export const fillIn = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** The form of a sentence for the number `n` in a language (`locale`), its `{n}` filled in. */
export function plural(forms: SearchStrings['found'], n: number, locale: string): string {
  return fillIn(forms[new Intl.PluralRules(locale).select(n)] ?? forms.other, { n });
}

/** The matching section with the most hits, if it is a section and not the top of the page. */
function bestSection(result: ResultData, skip: string[]) {
  const sections = (result.sub_results ?? []).filter((sub) => sub.url.includes('#') && !skip.includes(sub.url));
  return sections.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
}

export function toChoices(results: ResultData[], words: ChoiceWords, maxGuides = MAX_GUIDES): Choice[] {
  return results.slice(0, maxGuides).flatMap((result) => {
    const title = result.meta.title ?? result.url;
    const { audience, audienceFor } = result.meta;
    // A link into the guide names the guide and its audience: "Red flags: Sextortion, Helpline counsellors".
    const inGuide = audience ? `${title}, ${audience}` : title;
    const sectionLabel = (section: string) => fillIn(words.sectionLabel, { section, guide: inGuide });
    const guide: Choice = {
      url: result.url,
      kind: 'guide',
      title,
      audience,
      summary: result.meta.summary,
      label: audienceFor ? fillIn(words.guideLabel, { guide: title, audience: audienceFor }) : title,
    };
    const sections: Choice[] = [];
    if (isCounsellorGuide(result.url)) {
      const url = `${result.url}#${RED_FLAGS_ANCHOR}`;
      sections.push({ url, kind: 'section', title: words.redFlags, label: sectionLabel(words.redFlags) });
    }
    const best = bestSection(
      result,
      sections.map((section) => section.url),
    );
    if (best) sections.push({ url: best.url, kind: 'section', title: best.title, label: sectionLabel(best.title) });
    return [guide, ...sections];
  });
}
