import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/dist';
import { parsedPage } from '../helpers/html';

// Astro 7's default HTML compression ('jsx') can drop the space between a word and a link or emphasis
// that starts on the next line. These tests read the rendered text, as a reader sees it.
const INLINE = 'a, strong, em, code, time';
const ENDS_IN_A_WORD = /[A-Za-z0-9,;:]$/;
const STARTS_WITH_A_WORD = /^[A-Za-z0-9(]/;
/** The DOM's nodeType of text. */
const TEXT_NODE = 3;

/** The text right before a node, or '' when an element or nothing is there. */
const textBefore = (node: AnyNode) => (node.prev?.nodeType === TEXT_NODE ? node.prev.data : '');
/** The text right after a node, or '' when an element or nothing is there. */
const textAfter = (node: AnyNode) => (node.next?.nodeType === TEXT_NODE ? node.next.data : '');

/** Each inline element in the page's main content that touches a word with no space, shown with its neighbours. */
function gluedInlineElements($: CheerioAPI): string[] {
  return $('main')
    .find(INLINE)
    .toArray()
    .filter((element) => ENDS_IN_A_WORD.test(textBefore(element)) || STARTS_WITH_A_WORD.test(textAfter(element)))
    .map((element) => `${textBefore(element).slice(-30)}${$.html(element)}${textAfter(element).slice(0, 30)}`);
}

describe('rendered prose keeps the spaces between words and inline elements', () => {
  test.each(builtPages())('%s', (path) => {
    expect(gluedInlineElements(parsedPage(path))).toEqual([]);
  });
});

test('a link that starts a new line in the source still has a space before it', () => {
  const $ = parsedPage('/about/');
  const link = $('a').filter((_, element) => $(element).text() === 'its page about keeping children safe online');

  expect(link).toHaveLength(1);
  expect(textBefore(link[0])).toMatch(/shares them on\s+$/);
});
