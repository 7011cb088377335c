import { describe, expect, test } from 'vitest';
import { builtPages, readPage } from '../helpers/dist';

// Astro 7's default HTML compression ('jsx') can drop the space between a word and a link or emphasis
// that starts on the next line. These tests read the rendered text, as a reader sees it.
const INLINE = 'a|strong|em|code|time';
const glued = new RegExp(`[A-Za-z0-9,;:]<(?:${INLINE})[\\s>]|</(?:${INLINE})>[A-Za-z0-9(]`, 'g');

const mainOf = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';

describe('rendered prose keeps the spaces between words and inline elements', () => {
  test.each(builtPages())('%s', (path) => {
    const main = mainOf(readPage(path));

    const suspects = [...main.matchAll(glued)].map((match) => main.slice(match.index - 30, match.index + 40));

    expect(suspects).toEqual([]);
  });
});

test('a link that starts a new line in the source still has a space before it', () => {
  const html = readPage('/about/');

  expect(html).toMatch(/shares them on\s+<a [^>]+>its page about keeping children safe online<\/a>/);
});
