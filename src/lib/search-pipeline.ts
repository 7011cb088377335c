/**
 * The query pipeline in front of Pagefind, shared by the search dialog and the search page. Pagefind stays the
 * engine and the index, but it returns only pages that hold every word of a query: one word no guide uses
 * ("older", "ipad", "bus") would empty the list. So each concept in what someone typed is searched on its own,
 * and the results are combined so that topics matching more, and rarer, concepts rank first:
 *
 * 1. `readQuery` turns the words typed into concepts: each content word or known phrase, with the words people
 *    use for the same thing (`src/content/search-words.yaml`) and, for an unknown word, the nearest known word
 *    (a misspelling). Numbers and function words are dropped.
 * 2. `rankTopics` asks the engine for every term of every concept, then scores each topic: for each concept, the
 *    best match among the topic's guides for every audience (the caller's words live in the young people's
 *    guide, a counsellor's in the counsellors'), more where the topic's own keywords hold it, and most where the
 *    concept points at that topic alone.
 * 3. `orderGuides` lists each topic's guide for the reader's audience first, then the other audiences'.
 * 4. `closestTopics` is the way out when nothing matches: the topics whose words look most like what was typed.
 *
 * Pure functions over plain data, so the ranking is unit-tested with fixed engine results.
 */
import { AUDIENCES, type Audience } from './audiences';
import { contentWords, fold } from './search-terms';
import type { Dictionary } from '../i18n';

/** One page the engine matched for a term, with the engine's score (higher is better). */
export interface Hit {
  page: string;
  score: number;
}

/** Searches the index for one term: every page that matches it. */
export type SearchTerm = (term: string) => Promise<Hit[]>;

/** What the pipeline knows of a guide page. */
export interface GuidePage {
  topic: string;
  audience: Audience;
}

/** A topic's words, for spotting misspellings and for the closest topics when nothing matches. */
export interface TopicWords {
  id: string;
  /** The content words of its title and keywords. */
  words: string[];
}

/** A guide as the result list names it. */
export interface GuideInfo extends GuidePage {
  url: string;
  audienceLabel: string;
  title: string;
  summary: string;
}

/**
 * What the search dialog and the search page's script say, in the vocabulary's language (the search area's
 * `browser` strings, `src/i18n/<lang>/search.ts`), with the search's name and the language's tag for `Intl`.
 */
export type SearchStrings = Dictionary['search']['browser'] & { title: string; locale: string };

/** What queries are read with, and the words search shows: built by `src/pages/[...lang]/search/words.json.ts`. */
export interface SearchVocabulary {
  /** Words and phrases people use for the same thing, lower case: any of them finds what the others find. */
  groups: string[][];
  /** Words that say who, not what ("caller", "son"): left out of queries. */
  ignore: string[];
  /** Each topic's own words. */
  topics: TopicWords[];
  /** Every guide. */
  guides: GuideInfo[];
  /** The words the search dialog and the search page show and read out. */
  strings: SearchStrings;
}

/** One thing the reader asked about: the words that mean it, any of which may match. */
export interface Concept {
  /** What the reader typed for it. */
  typed: string;
  /** The terms to search for it, the typed word first. */
  terms: string[];
  /** For a word no topic uses: the nearest known word's terms, searched only when `terms` find nothing. */
  fallback?: string[];
}

/** A topic's score: the sum, over the concepts it matches, of how well it matches each (see `rankTopics`). */
export interface TopicScore {
  topic: string;
  score: number;
  /** Each page of the topic that matched, best first, with the term that matched it best. */
  pages: PageScore[];
}

export interface PageScore {
  page: string;
  score: number;
  /** The term whose match counted most for this page: its result tells which section of the page matched. */
  term: string;
}

// "$500" and "£50" are about money, a strong sign of sextortion; the amount itself says nothing.
const normalise = (text: string): string =>
  ` ${fold(text.replace(/[$£€]\s*\d[\d,.]*k?/g, ' money '))
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** How far a word may be from a known one and still be taken for it: none for short words, where typos collide. */
const typoLimit = (word: string): number => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/**
 * The concepts in what someone typed. Known phrases ("don't know") are read first, then each remaining content
 * word. A word in a group brings the group's other words; an unknown word also brings its nearest known word.
 */
export function readQuery(typed: string, words: Pick<SearchVocabulary, 'groups' | 'ignore' | 'topics'>): Concept[] {
  let text = normalise(typed);
  const concepts: Concept[] = [];
  // Folded as the query is: a group's "harcèlement" is found when someone types "harcelement".
  const groupOf = new Map<string, string[]>();
  for (const group of words.groups) for (const term of group) groupOf.set(fold(term), group.map(fold));
  const singleWords = (group: string[]) => group.filter((term) => !term.includes(' '));

  // Longest phrases first, so "someone i don't know" is read before "don't know".
  const phrases = [...groupOf.keys()].filter((term) => term.includes(' ')).sort((a, b) => b.length - a.length);
  const ignored = new Set(words.ignore.map(fold));
  for (const phrase of phrases) {
    if (!text.includes(` ${phrase} `)) continue;
    text = text.replace(` ${phrase} `, ' ');
    // The phrase's own words stay in the concept: a topic's keywords may use them ("fake account").
    const own = contentWords(phrase).filter((word) => !ignored.has(word));
    concepts.push({ typed: phrase, terms: [...new Set([...own, ...singleWords(groupOf.get(phrase)!)])] });
  }

  const known = new Set([...groupOf.keys(), ...words.topics.flatMap((topic) => topic.words)]);
  for (const word of contentWords(text)) {
    if (/^\d+$/.test(word) || word.length < 2 || ignored.has(word)) continue;
    const group = groupOf.get(word);
    if (group) {
      concepts.push({ typed: word, terms: [word, ...singleWords(group).filter((term) => term !== word)] });
      continue;
    }
    const nearest = known.has(word) ? undefined : nearestKnown(word, new Set([...known, ...ignored]));
    if (nearest && ignored.has(nearest)) continue;
    const fallback = nearest && (groupOf.has(nearest) ? singleWords(groupOf.get(nearest)!) : [nearest]);
    concepts.push({ typed: word, terms: [word], ...(fallback ? { fallback } : {}) });
  }

  // The same meaning typed twice ("pics" and "photos") counts once.
  const seen = new Set<string>();
  return concepts.map(oneTermPerStem).filter((concept) => {
    const key = [...concept.terms].sort().join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return concept.terms.length > 0;
  });
}

/**
 * A concept's terms with one per stem, the first kept: Pagefind stems what it indexes, so "message" finds
 * "messages" too, and searching both would only cost time.
 */
function oneTermPerStem(concept: Concept): Concept {
  const stems = new Set<string>();
  const unique = (terms: string[]) =>
    terms.filter((term) => {
      const key = stem(term);
      if (stems.has(key)) return false;
      stems.add(key);
      return true;
    });
  const terms = unique(concept.terms);
  return concept.fallback ? { ...concept, terms, fallback: unique(concept.fallback) } : { ...concept, terms };
}

function nearestKnown(word: string, known: Set<string>): string | undefined {
  const limit = typoLimit(word);
  if (limit === 0) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (candidate.includes(' ') || candidate.length < 3) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** How much a word people use for the same thing counts, against the word the reader typed. */
export const SYNONYM_WEIGHT = 0.8;

/** How much a concept found among a topic's own keywords adds, times how few topics list it (ln(topics / listing)). */
export const KEYWORD_WEIGHT = 0.5;

/** A rough stem, enough to match "threatening" to the keyword "threaten": -ing, -ed or -s off longer words. */
export const stem = (word: string): string => word.replace(/(?<=^.{4,})(ing|ed|(?<!s)s)$/, '');

/**
 * Scores every topic for the concepts. Every term of every concept is searched at once (in parallel). A page's
 * match for a concept is its best term's engine score, on a log scale (a synonym counting for `SYNONYM_WEIGHT`
 * of the typed word): Pagefind's scores already weigh a rare word above a common one and a topic's keywords
 * above its body text. A topic's match is its best page's, for any audience: the caller's words live in the
 * young people's guide, a counsellor's in the counsellors'. A concept found among a topic's own keywords adds
 * `KEYWORD_WEIGHT` times how few topics list it. Then each topic's match is scaled by how close it comes to
 * the concept's best topic, so that a concept pointing at one topic ("porn") decides more than one spread
 * over many ("found"), and the topic's score is the sum over the concepts: topics matching more, and
 * sharper, concepts rank first. Topics with no match are left out; best first.
 */
export async function rankTopics(
  concepts: Concept[],
  search: SearchTerm,
  pages: Record<string, GuidePage>,
  topicWords: TopicWords[],
): Promise<TopicScore[]> {
  const hitsByTerm = new Map<string, Hit[]>();
  const searchAll = async (terms: string[]) => {
    const fresh = [...new Set(terms)].filter((term) => !hitsByTerm.has(term));
    for (const [term, hits] of await Promise.all(fresh.map(async (term) => [term, await search(term)] as const)))
      hitsByTerm.set(term, hits);
  };
  await searchAll(concepts.flatMap((concept) => concept.terms));
  // A misspelt word finds nothing as typed: then, and only then, its nearest known word stands in for it.
  const found = (terms: string[]) => terms.some((term) => (hitsByTerm.get(term) ?? []).some((hit) => pages[hit.page]));
  const missing = concepts.filter((concept) => concept.fallback && !found(concept.terms));
  await searchAll(missing.flatMap((concept) => concept.fallback!));
  const termsOf = (concept: Concept) =>
    missing.includes(concept) ? [...concept.terms, ...concept.fallback!] : concept.terms;
  const keywordStems = topicWords.map((topic) => ({ id: topic.id, stems: new Set(topic.words.map(stem)) }));

  const topicScores = new Map<string, number>();
  const pageScores = new Map<string, { score: number; term: string; strongest: number }>();
  for (const concept of concepts) {
    const terms = termsOf(concept);
    const best = new Map<string, { value: number; term: string }>();
    terms.forEach((term, index) => {
      const weight = index === 0 ? 1 : SYNONYM_WEIGHT;
      for (const hit of hitsByTerm.get(term) ?? []) {
        const value = Math.log1p(hit.score) * weight;
        if (!pages[hit.page] || (best.get(hit.page)?.value ?? -1) >= value) continue;
        best.set(hit.page, { value, term });
      }
    });
    const byTopic = new Map<string, number>();
    for (const [page, { value, term }] of best) {
      const sofar = pageScores.get(page) ?? { score: 0, term, strongest: -1 };
      const strongest = value > sofar.strongest;
      pageScores.set(page, {
        score: sofar.score + value,
        term: strongest ? term : sofar.term,
        strongest: Math.max(value, sofar.strongest),
      });
      const topic = pages[page].topic;
      byTopic.set(topic, Math.max(byTopic.get(topic) ?? 0, value));
    }
    const stems = new Set(terms.map(stem));
    const listing = keywordStems.filter(
      (topic) => [...stems].some((each) => topic.stems.has(each)) && byTopic.has(topic.id),
    );
    if (listing.length > 0 && listing.length < keywordStems.length) {
      const bonus = KEYWORD_WEIGHT * Math.log(keywordStems.length / listing.length);
      for (const { id } of listing) byTopic.set(id, byTopic.get(id)! + bonus);
    }
    if (byTopic.size === 0) continue;
    const sharpest = Math.max(...byTopic.values());
    for (const [topic, value] of byTopic)
      topicScores.set(topic, (topicScores.get(topic) ?? 0) + (value * value) / sharpest);
  }

  return [...topicScores]
    .map(([topic, score]) => ({
      topic,
      score,
      pages: [...pageScores]
        .filter(([page]) => pages[page].topic === topic)
        .map(([page, { score: pageScore, term }]) => ({ page, score: pageScore, term }))
        .sort((a, b) => b.score - a.score || a.page.localeCompare(b.page)),
    }))
    .sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}

/** What a concept found among a topic's strongest words scores: the log of a keyword's typical engine score. */
const FULL_MATCH = Math.log1p(10);

/**
 * How much of what was asked the best topic answers, from 0 (nothing) to 1 (every concept matched as well as a
 * topic's keyword). Below `WEAK_MATCH`, the list says so and offers a person to talk to.
 */
export function coverage(concepts: Concept[], ranked: TopicScore[]): number {
  if (concepts.length === 0 || ranked.length === 0) return 0;
  return Math.min(1, ranked[0].score / (concepts.length * FULL_MATCH));
}

export const WEAK_MATCH = 0.2;

/** One guide in the list, by its topic and audience. */
export interface GuideChoice {
  topic: string;
  audience: Audience;
}

/**
 * The guides to list, best topic first. With an audience (the reader's page, or "Counsellor guides only"), each
 * topic's guide for that audience comes first, then, unless `only`, the other audiences' guides of the same
 * topics. Without one, each topic's best-matching guide first, then its others.
 */
export function orderGuides(
  ranked: { topic: string; pages?: { page: string }[] }[],
  pages: Record<string, GuidePage>,
  { audience, only = false, limit }: { audience?: Audience; only?: boolean; limit: number },
): GuideChoice[] {
  const firsts: GuideChoice[] = [];
  const rest: GuideChoice[] = [];
  for (const { topic, pages: matched = [] } of ranked) {
    const bestAudience = matched.map(({ page }) => pages[page]?.audience).find((found) => found !== undefined);
    const first = audience ?? bestAudience ?? AUDIENCES[0];
    firsts.push({ topic, audience: first });
    if (!only) rest.push(...AUDIENCES.filter((other) => other !== first).map((other) => ({ topic, audience: other })));
  }
  return [...firsts, ...rest].slice(0, limit);
}

/** Trigrams of a text, padded so that word starts count: "porn" gives " po", "por", "orn", "rn ". */
function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of normalise(text).trim().split(' ')) {
    const padded = ` ${word} `;
    for (let index = 0; index + 3 <= padded.length; index += 1) grams.add(padded.slice(index, index + 3));
  }
  return grams;
}

/**
 * When nothing matches: the `count` topics whose words share the most trigrams with what was typed (so "sextorshun"
 * or "grroming" still point somewhere), or the first topics in order when nothing is alike at all.
 */
export function closestTopics(typed: string, topics: TopicWords[], count: number): string[] {
  const asked = trigrams(typed);
  const scored = topics.map((topic, index) => {
    let best = 0;
    for (const word of topic.words) {
      const grams = trigrams(word);
      let shared = 0;
      for (const gram of grams) if (asked.has(gram)) shared += 1;
      best = Math.max(best, shared / Math.max(1, grams.size));
    }
    return { id: topic.id, best, index };
  });
  return scored
    .sort((a, b) => b.best - a.best || a.index - b.index)
    .slice(0, count)
    .map((topic) => topic.id);
}
