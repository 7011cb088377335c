import { describe, expect, test } from 'vitest';
import { inlineHashes, narrowPolicyHashes, sha256Source } from '../../src/build/security-headers';

const page = (policyHashes: string[], body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'${policyHashes
    .map((hash) => ` '${hash}'`)
    .join('')}; style-src 'self'"></head><body>${body}</body></html>`;

describe("narrowing a page's policy to its own inline code", () => {
  const run = 'console.log(1)';
  const other = 'console.log(2)';

  test('keeps the hashes of inline code on the page and drops the rest', () => {
    const html = page([sha256Source(run), sha256Source(other)], `<script type="module">${run}</script>`);

    const narrowed = narrowPolicyHashes(html, 'a.html');

    expect(narrowed).toContain(sha256Source(run));
    expect(narrowed).not.toContain(sha256Source(other));
    expect(narrowed).toContain(`<script type="module">${run}</script>`);
  });

  test('fails, naming the file, if inline code on the page is not allowed by its policy', () => {
    const html = page([sha256Source(other)], `<script>${run}</script>`);

    expect(() => narrowPolicyHashes(html, 'about/index.html')).toThrow(/^about\/index.html: inline code missing/);
  });

  test('fails if the page has no policy at all', () => {
    expect(() => narrowPolicyHashes('<html></html>', 'x.html')).toThrow(/x.html: no content security policy/);
  });

  test('hashes inline scripts and styles, not script files nor data blocks the browser never runs', () => {
    const hashes = inlineHashes(
      `<script>${run}</script><style>p{}</style><script type="module" src="/a.js"></script>` +
        `<script type="text/pagefind-template"><li>{{ title }}</li></script>`,
    );

    expect(hashes).toEqual(new Set([sha256Source(run), sha256Source('p{}')]));
  });

  test('hashes as browsers do: base64 SHA-256 of the exact text', () => {
    // The SHA-256 of the empty string, a published test vector.
    expect(sha256Source('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});
