/**
 * Words the Luxembourg Terminology Guidelines (2016) advise against, such as "child pornography", must
 * never appear in a guide. The list lives in the glossary (`insteadOf`), so the glossary page that explains
 * each choice and the check that enforces it cannot drift apart.
 */
import { memoize } from './memo';

/** A glossary entry as far as this check needs it. */
export interface TermChoice {
  term: string;
  insteadOf?: string[];
}

/** One problem per line where a guide uses a word to avoid: "path: line 12: says … ; say … instead". */
export function findDiscouragedTerms(path: string, text: string, glossary: TermChoice[]): string[] {
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  for (const { term, insteadOf = [] } of glossary) {
    for (const avoided of insteadOf) {
      const pattern = phrasePattern(avoided);
      lines.forEach((line, index) => {
        const found = pattern.exec(line);
        if (found) {
          problems.push(`${path}: line ${index + 1}: says "${found[0]}"; say "${term}" instead (see the glossary)`);
        }
      });
    }
  }
  return problems;
}

/**
 * Matches the phrase as whole words, in any case, with any run of spaces or a line's hyphen between words. Made
 * once per phrase: every file is checked against the same phrases.
 */
const phrasePattern = memoize((phrase: string): RegExp => {
  const words = phrase
    .trim()
    .split(/[\s-]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'iu');
});

/** The same check over every piece of text in an entry's data (frontmatter): "path: checklist › item 2: says …". */
export function findDiscouragedTermsInFields(path: string, data: unknown, glossary: TermChoice[]): string[] {
  const texts: [string, string][] = [];
  const walk = (value: unknown, field: string): void => {
    if (typeof value === 'string') texts.push([field, value]);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${field} › item ${index + 1}`));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, field ? `${field} › ${key}` : key);
    }
  };
  walk(data, '');
  return texts.flatMap(([field, text]) =>
    findDiscouragedTerms(path, text, glossary).map((problem) => problem.replace(/: line 1: /, `: ${field}: `)),
  );
}
