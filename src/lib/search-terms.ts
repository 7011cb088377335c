/**
 * Search works on content words: function words ("me", "my", "they") say nothing about what happened, and in
 * "he is blackmailing me" the word "me" would outrank "blackmailing". The same list trims what people type
 * (src/lib/search-pipeline.ts) and the topic keywords the guide pages boost.
 */
const FUNCTION_WORDS = new Set(
  `a an and are as at be but by do does for from has have he her him his i i'm if in into is it its me my
  of on or our she so than that the their them they they'll this to too us was we were what when where who
  why will with you your you're dont don't im`.split(/\s+/),
);

/**
 * A word or text as search compares it: lower case, without accents ("harcèlement" is "harcelement"), with one
 * apostrophe. People often leave accents out, and Pagefind's index matches words whatever their accents.
 */
export const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replaceAll('œ', 'oe')
    .replaceAll('æ', 'ae')
    .replaceAll('’', "'");

/** The content words of a text, folded, in order, each once. */
export function contentWords(text: string): string[] {
  const words = fold(text).split(/[^a-z0-9'-]+/);
  return [...new Set(words.filter((word) => word && !FUNCTION_WORDS.has(word)))];
}

/** A word in the keywords of this many topics or more says little about which topic someone means. */
export const SHARED_BY_TOPICS = 3;

/** For each word of any topic's keywords, how many topics' keywords use it. */
export function topicsUsingEachWord(everyTopicsKeywords: string[][]): Map<string, number> {
  const topicsUsing = new Map<string, number>();
  for (const words of everyTopicsKeywords.map((list) => contentWords(list.join(' ')))) {
    for (const word of words) topicsUsing.set(word, (topicsUsing.get(word) ?? 0) + 1);
  }
  return topicsUsing;
}

/**
 * The words of a topic's keywords that its guide pages boost for search, in two parts: the words few topics
 * use ("nudify", "catfish"), boosted strongly, and the words many topics' keywords share ("pics", "someone",
 * "online"), boosted a little, so that they cannot pull every query towards whichever topic lists them most.
 * `topicsUsing` comes from `topicsUsingEachWord` over every topic.
 */
export function boostedSearchWords(
  keywords: string[],
  topicsUsing: Map<string, number>,
): { strong: string; shared: string } {
  const words = contentWords(keywords.join(' '));
  const isShared = (word: string) => (topicsUsing.get(word) ?? 0) >= SHARED_BY_TOPICS;
  return { strong: words.filter((word) => !isShared(word)).join(' '), shared: words.filter(isShared).join(' ') };
}
