import { createHash } from 'node:crypto';

/**
 * The HTTP headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages). Each page's
 * Content-Security-Policy header is the policy in its own `<meta>` tag, which Astro writes with a hash for
 * every script and style on that page, plus what only a header can say: that no site may frame the page.
 */

/** Only an HTTP header can forbid framing; browsers ignore `frame-ancestors` in a `<meta>` policy. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or undefined if it has none. */
export function metaPolicy(html: string): string | undefined {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return match?.[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** A policy as its directives, trimmed: `["default-src 'self'", "object-src 'none'", …]`. */
export function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** The header policy for a page: its meta policy's directives and the header-only ones. */
export function headerPolicy(meta: string): string {
  return [...directives(meta), ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** One `_headers` rule: the path, then each header indented on its own line. */
export function headersRule(path: string, headers: Record<string, string>): string {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/** The rules in a `_headers` file, by path: `{ '/about/': { 'Content-Security-Policy': '…' } }`. */
export function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules.get(line.trim()) ?? {};
      rules.set(line.trim(), current);
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** The base64 SHA-256 of a script's or style's text, as a policy names it: `sha256-…`. */
export function sha256Source(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The hash of every inline script and style a page runs. Not scripts with `src` (they load from a file) nor
 * data blocks such as `<script type="text/pagefind-template">`, which the browser never runs.
 */
export function inlineHashes(html: string): Set<string> {
  const scripts = [
    ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*\stype="(?!module")[^"]*")[^>]*>([\s\S]*?)<\/script>/g),
  ];
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)];
  return new Set([...scripts, ...styles].map((match) => sha256Source(match[1])));
}

/**
 * Narrows a page's <meta> policy to the hashes of the scripts and styles that page really has. Astro lists
 * every hash of the whole site on every page; each page allowing only its own code is stricter, and about
 * a kilobyte smaller. Throws if an inline script or style of the page is missing from its policy, since the
 * browser would block it.
 */
export function narrowPolicyHashes(html: string, file: string): string {
  const meta = /<meta http-equiv="content-security-policy" content="[^"]*"/i.exec(html)?.[0];
  if (!meta) throw new Error(`${file}: no content security policy in the page; is security.csp on?`);
  const used = inlineHashes(html);
  const listed = new Set([...meta.matchAll(/'(sha256-[^']+)'/g)].map((match) => match[1]));
  const missing = [...used].filter((hash) => !listed.has(hash));
  if (missing.length)
    throw new Error(`${file}: inline code missing from its content security policy: ${missing.join(', ')}`);
  const narrowed = meta.replace(/ '(sha256-[^']+)'/g, (token, hash: string) => (used.has(hash) ? token : ''));
  return html.replace(meta, narrowed);
}
