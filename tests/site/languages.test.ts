/**
 * Every page in a language other than English reads in that language: no English string of the interface (the
 * English dictionary's words that the language words differently) appears in its text. Content keeps what is
 * English on purpose: the titles of English sources, names of services, and the link to the English page.
 */
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LANG, dictionary, langOfPath, type Dictionary } from '../../src/i18n';
import { builtPages } from '../helpers/dist';
import { parsedPage } from '../helpers/html';

/** Every string of a dictionary with where it is (`site.footer.about`); functions are called with sample values. */
function strings(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (typeof value === 'function') {
    try {
      return strings((value as (...args: unknown[]) => unknown)(2, 'X', 'Y'), key);
    } catch {
      return []; // A function of other values (an object, say) is checked by the pages that use it.
    }
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, item]) => strings(item, key ? `${key}.${name}` : name));
  }
  return [];
}

/** The English strings another language words differently: the ones that must not appear on its pages. */
function englishOnly(other: Dictionary): [string, string][] {
  const theirs = new Map(strings(other));
  return strings(dictionary(DEFAULT_LANG)).filter(
    ([key, text]) =>
      !key.startsWith('meta.') &&
      theirs.get(key) !== text &&
      // Placeholders and fragments of a sentence cannot be told apart from words within another language's text.
      text.replace(/\{[^}]*\}|X|Y|2/g, '').trim().length >= 6,
  );
}

/** The page's text as a reader meets it, without what is English on purpose. */
function readerText($: CheerioAPI): string {
  const page = $.root().clone();
  // The link to the English page, and other words marked as another language.
  page.find('[lang]:not(html)').remove();
  // Sources are cited by their published titles, in their own language.
  page.find('.sources, script, style, template').remove();
  // What a reader without JavaScript sees: parsed as HTML text is not.
  page.find('noscript').each((_, element) => {
    $(element).replaceWith(load($(element).text()).root().text());
  });
  return page.find('body').text().replace(/\s+/g, ' ');
}

const otherPages = builtPages().filter((path) => path !== '/404.html' && langOfPath(path) !== DEFAULT_LANG);

describe.each(otherPages)('%s', (path) => {
  const lang = langOfPath(path);
  const forbidden = englishOnly(dictionary(lang));

  test('shows no string of the English interface', () => {
    const text = readerText(parsedPage(path));
    // Whole words only, and not inside an address (`/fr/search/`).
    const shows = (english: string) =>
      new RegExp(`(?<![\\p{L}/])${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}/])`, 'u').test(text);
    const found = forbidden.filter(([, english]) => shows(english)).map(([key, english]) => `${key}: ${english}`);

    expect(found).toEqual([]);
  });
});

test('the check knows the English interface strings to look for', () => {
  const forbidden = englishOnly(dictionary('fr')).map(([, text]) => text);
  expect(forbidden).toContain('Skip to main content');
  expect(forbidden.length).toBeGreaterThan(20);
});
