/** The French patterns of `hyphen` (Liang's hyphenation, TeX's patterns), which ships no types of its own. */
declare module 'hyphen/fr/index.js' {
  const hyphenation: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export default hyphenation;
}
