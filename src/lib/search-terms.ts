/**
 * Search works on content words. Pagefind requires every word of a query to match and ranks by how often
 * each appears, so function words ("me", "my", "they") add noise: in "he is blackmailing me" the word "me"
 * would outrank "blackmailing". The same list trims what people type and the topic keywords we boost.
 */
const FUNCTION_WORDS = new Set(
  `a an and are as at be but by do does for from has have he her him his i i'm if in into is it its me my
  of on or our she so than that the their them they they'll this to too us was we were what when where who
  why will with you your you're dont don't im`.split(/\s+/),
);

/** The content words of a text, lower-cased, in order, each once. */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().replaceAll('’', "'").split(/[^a-z0-9'-]+/);
  return [...new Set(words.filter((word) => word && !FUNCTION_WORDS.has(word)))];
}

/** The words of a topic's keywords that the guide page boosts for search. */
export function boostedSearchWords(keywords: string[]): string {
  return contentWords(keywords.join(' ')).join(' ');
}

/** What to send to Pagefind for what someone typed: its content words, or the text itself if it has none. */
export function searchQuery(typed: string): string {
  return contentWords(typed).join(' ') || typed.trim();
}
