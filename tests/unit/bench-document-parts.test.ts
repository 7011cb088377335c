import { describe, expect, test } from 'vitest';
import { splitDocument } from '../../tools/bench/document-parts';
import { fileKind } from '../../tools/bench/first-visit';

describe('splitDocument', () => {
  test('takes out inline styles and the scripts the browser runs, leaving the markup', () => {
    const html =
      '<html><head><style>body{color:red}</style><script type="module">go()</script></head>' +
      '<body><p>Hi</p><script>more()</script></body></html>';

    expect(splitDocument(html)).toEqual({
      markup: '<html><head></head><body><p>Hi</p></body></html>',
      styles: ['body{color:red}'],
      scripts: ['go()', 'more()'],
    });
  });

  test('leaves templates, data and external scripts in the markup', () => {
    const html =
      '<script type="text/pagefind-template"><li>{{ title }}</li></script>' +
      '<script type="application/ld+json">{"@type":"Article"}</script>' +
      '<script src="/pagefind/pagefind-component-ui.js"></script>';

    expect(splitDocument(html)).toEqual({ markup: html, styles: [], scripts: [] });
  });
});

describe('fileKind', () => {
  test.each([
    ['text/html; charset=utf-8', 'html'],
    ['text/css; charset=utf-8', 'css'],
    ['text/javascript; charset=utf-8', 'js'],
    ['application/javascript', 'js'],
    ['application/wasm', 'other'],
    ['image/svg+xml', 'other'],
    [undefined, 'other'],
  ])('counts %s as %s', (contentType, kind) => {
    expect(fileKind(contentType)).toBe(kind);
  });
});
