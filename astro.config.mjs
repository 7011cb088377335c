// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { offlineCopy } from './src/build/offline-worker-integration';
import { pagefindIndex } from './src/build/pagefind-integration';
import { securityHeaders } from './src/build/security-headers-integration';
import { DEFAULT_LANG, dictionary, LANGS } from './src/i18n';

export default defineConfig({
  // The public address, for the sitemap, robots.txt and printed checklists. Set SITE_URL when deploying;
  // the default is a reserved placeholder domain (RFC 2606), never a real site.
  site: process.env.SITE_URL ?? 'https://online-safety-guides.example',
  // Every address ends in a slash, so a link handed out by a school has exactly one form.
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Our stylesheet is small: inlining it lets a page render from its first response.
    inlineStylesheets: 'always',
    // Four pages at a time: while one page is written to disk the next renders. Astro's default is one; with four,
    // writing the pages of a generated site of 1,000 guides took about a quarter less time, in side-by-side runs.
    concurrency: 4,
  },
  // HTML-aware compression keeps the spaces between words and inline elements in prose
  // (Astro 7's default, 'jsx', drops whitespace that crosses a line break).
  compressHTML: true,
  // No code blocks in the guides, and Shiki's inline styles would need 'unsafe-inline' under the policy below.
  markdown: { syntaxHighlight: false },
  // A strict content security policy on every page (a <meta> tag; dist/_headers repeats it for hosts that
  // read that file). Astro adds a hash for each script and style it renders, so nothing inline runs unless
  // we wrote it. Pagefind compiles WebAssembly, and search opens from every page (src/browser/search-dialog.ts),
  // so every page allows 'wasm-unsafe-eval': it permits compiling WebAssembly only, never eval() of text.
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    // The search dialog is bundled as a stand-alone ES module (src/components/Shortcuts.astro).
    worker: { format: 'es' },
    build: {
      rolldownOptions: {
        // Astro marks each MDX module with the directive "use astro:head-inject", and the bundler warns once per
        // guide that it may not keep it (withastro/astro#18087). Astro reads it before bundling, so nothing is
        // lost: this one warning is silenced, every other still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // The build's hooks run in this order, and the order matters (each in src/build/). Content is checked before
  // any of them by the collections themselves (src/content.config.ts).
  //  1. mdx, sitemap: Astro's own;
  //  2. pagefindIndex: after the pages are written, indexes the guides and writes pagefind/pages.json;
  //  3. securityHeaders: narrows each page's content security policy to its own scripts and styles, and writes
  //     dist/_headers (after 2, which adds no inline code, and before 4, which lists every file by its hash);
  //  4. offlineCopy: writes the counsellors' offline worker, listing every file built above, so it comes last.
  integrations: [
    // `optimize` writes the static parts of each guide as HTML once, at compile time, instead of as a tree of
    // elements that every build renders again. Links are left out of it: they are drawn by our Link component
    // (`components={{ a: Link }}`), which optimize would bypass.
    mdx({ optimize: { ignoreElementNames: ['a'] } }),
    // Each address lists its counterparts in the other languages (hreflang), as every page's <head> does.
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LANG,
        locales: Object.fromEntries(LANGS.map((lang) => [lang, dictionary(lang).meta.locale])),
      },
    }),
    pagefindIndex(),
    securityHeaders(),
    offlineCopy(),
  ],
});
