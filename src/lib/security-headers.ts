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
