/**
 * Finds guides for what someone typed, in the browser: the query pipeline (src/lib/search-pipeline.ts) over
 * Pagefind's index, for the search dialog and the search page alike, so that both list the same guides.
 *
 * Loading it starts three downloads at once: Pagefind (run in the page's own thread, which answers sooner than a
 * worker for an index this size), the map from its page ids to addresses
 * (pagefind/pages.json, written after indexing) and the vocabulary (/search/words.json), which also holds the words
 * search shows in the page's language.
 */
import type { Audience } from '../lib/audiences';
import { getHelpPath, searchWordsPath } from '../lib/routes';
import { toChoices, type Choice, type ResultData } from './search-choices';
import {
  closestTopics,
  coverage,
  orderGuides,
  rankTopics,
  readQuery,
  WEAK_MATCH,
  type GuideInfo,
  type GuidePage,
  type SearchStrings,
  type SearchVocabulary,
} from '../lib/search-pipeline';
import { langOfPath } from '../i18n/languages';

/** The page's language, from its address: search reads and links within it. */
const lang = langOfPath(location.pathname);

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

// Paths Vite must not bundle: Pagefind writes them after the site is built (src/build/pagefind-integration.ts).
const PAGEFIND_URL = '/pagefind/pagefind.js';
const PAGES_URL = '/pagefind/pages.json';

/** How many closest topics to offer when nothing matches. */
const CLOSEST_TOPICS = 3;

/** How many guides, from the top, get a link to their best-matching section (from the page's fragment). */
const GUIDES_WITH_SECTIONS = 3;

export interface FindOptions {
  /** The reader's audience: their guide of each topic comes first. */
  audience?: Audience;
  /** List only the audience's guides ("Counsellor guides only"). */
  only?: boolean;
  /** How many guides to list at most. */
  limit: number;
}

export interface Found {
  /** The rows to list: guides, links into them, and the way to help when nothing matches well. */
  choices: Choice[];
  /** The same rows with each of the first guides' best-matching section, once their fragments have loaded. */
  withSections: Promise<Choice[]>;
  /** How many of the rows are guides. */
  guides: number;
  /** True when nothing matched well: the guides listed are the closest topics, or a weak match. */
  weak: boolean;
}

export interface GuideSearch {
  find(typed: string, options: FindOptions): Promise<Found>;
  /** The words search shows, in the page's language. */
  strings: SearchStrings;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Search could not load ${url}: ${response.status}`);
  return (await response.json()) as T;
}

let vocabularyLoad: Promise<SearchVocabulary> | undefined;

/**
 * The vocabulary of the page's language, downloaded once per visit: the search dialog waits for it before it
 * opens (its words are in it), and search needs it anyway.
 */
export const loadVocabulary = (): Promise<SearchVocabulary> =>
  (vocabularyLoad ??= fetchJson<SearchVocabulary>(searchWordsPath(lang)));

/** Loads Pagefind, its page map and the vocabulary, and resolves once all three are ready. */
export async function loadGuideSearch(): Promise<GuideSearch> {
  const [pagefind, addresses, vocabulary] = await Promise.all([
    import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
      await module.options({ noWorker: true });
      await module.init();
      return module;
    }),
    fetchJson<Record<string, string>>(PAGES_URL),
    loadVocabulary(),
  ]);
  const { strings } = vocabulary;
  /** Offered whenever nothing matches well: a person to talk to is never a dead end. */
  const helpChoice: Choice = { url: getHelpPath(lang), kind: 'help', ...strings.help };

  const guideByUrl = new Map(vocabulary.guides.map((guide) => [guide.url, guide]));
  const pages: Record<string, GuidePage> = {};
  const pageOf = new Map<string, string>();
  for (const [id, url] of Object.entries(addresses)) {
    const guide = guideByUrl.get(url);
    if (!guide) continue;
    pages[id] = { topic: guide.topic, audience: guide.audience };
    pageOf.set(url, id);
  }
  const guideFor = (topic: string, audience: Audience): GuideInfo | undefined =>
    vocabulary.guides.find((guide) => guide.topic === topic && guide.audience === audience);

  // Each term's results, kept for the visit: the same words come back as a reader types on.
  const resultsByTerm = new Map<string, Promise<PagefindResult[]>>();
  const resultsFor = (term: string): Promise<PagefindResult[]> => {
    let results = resultsByTerm.get(term);
    if (!results) {
      results = pagefind.search(term).then((search) => search?.results ?? []);
      resultsByTerm.set(term, results);
    }
    return results;
  };

  return {
    strings,
    async find(typed, { audience, only = false, limit }) {
      const concepts = readQuery(typed, vocabulary);
      const ranked = await rankTopics(
        concepts,
        async (term) => (await resultsFor(term)).map((result) => ({ page: result.id, score: result.score })),
        pages,
        vocabulary.topics,
      );
      const weak = ranked.length === 0 || coverage(concepts, ranked) < WEAK_MATCH;
      const topics =
        ranked.length > 0
          ? ranked
          : closestTopics(typed, vocabulary.topics, CLOSEST_TOPICS).map((topic) => ({ topic }));
      const listed = orderGuides(topics, pages, { audience, only, limit });

      const guides = listed
        .map(({ topic, audience: guideAudience }) => guideFor(topic, guideAudience))
        .filter((guide) => guide !== undefined);
      const withSections = (sections: (ResultData['sub_results'] | undefined)[]): Choice[] => {
        const choices = toChoices(
          guides.map((guide, index) => ({
            url: guide.url,
            meta: {
              title: guide.title,
              audience: guide.audienceLabel,
              audienceFor: strings.audienceFor[guide.audience],
              summary: guide.summary,
            },
            sub_results: sections[index],
          })),
          strings,
          limit,
        );
        return weak ? [...choices, helpChoice] : choices;
      };
      // The best-matching section of the first guides needs their fragments: one request each on a first search.
      // The list shows at once without them, and again with them when they arrive.
      const sections = Promise.all(
        guides.slice(0, GUIDES_WITH_SECTIONS).map(async (guide) => {
          const page = pageOf.get(guide.url);
          // The term that matched this page best names the section to offer; a closest topic offers none.
          const term = ranked
            .find((entry) => entry.topic === guide.topic)
            ?.pages.find((entry) => entry.page === page)?.term;
          const result = term ? (await resultsFor(term)).find((entry) => entry.id === page) : undefined;
          return result ? (await result.data()).sub_results : undefined;
        }),
      ).then(withSections);
      return { choices: withSections([]), withSections: sections, guides: guides.length, weak };
    },
  };
}
