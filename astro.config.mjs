// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check';
import { pagefindIndex } from './src/integrations/pagefind';

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
  },
  // HTML-aware compression keeps the spaces between words and inline elements in prose
  // (Astro 7's default, 'jsx', drops whitespace that crosses a line break).
  compressHTML: true,
  integrations: [contentCheck(), mdx(), sitemap(), pagefindIndex()],
});
