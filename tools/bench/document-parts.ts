/**
 * Splits an HTML document into its markup, its inline stylesheets and its inline scripts. The site inlines its
 * CSS and JavaScript, so a first visit's CSS and JavaScript are mostly inside the HTML response: counting
 * them apart is what lets the bench hold JavaScript to its own target.
 */

export interface DocumentParts {
  /** The document without its inline styles and scripts. */
  markup: string;
  styles: string[];
  scripts: string[];
}

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** True for an inline script the browser runs; templates and data (`type="text/pagefind-template"`) are markup. */
function runsInline(attributes: string): boolean {
  if (/\bsrc\s*=/i.test(attributes)) return false;
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1].toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

export function splitDocument(html: string): DocumentParts {
  const styles: string[] = [];
  const scripts: string[] = [];
  const markup = html
    .replace(STYLE, (_, css: string) => {
      styles.push(css);
      return '';
    })
    .replace(SCRIPT, (whole: string, attributes: string, code: string) => {
      if (!runsInline(attributes)) return whole;
      scripts.push(code);
      return '';
    });
  return { markup, styles, scripts };
}
