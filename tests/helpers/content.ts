/**
 * The site's content for tests, exactly as Astro's content layer loaded and validated it: tests read Astro's data
 * store (written by `astro sync`, `astro check` and `astro build`), never the files themselves, so there is one
 * reader of content. When the store is missing or older than the content, `astro sync` writes it first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'devalue';
import type { glossarySchema } from '../../src/schemas/glossary-term';
import type { searchWordsSchema } from '../../src/schemas/search-words';
import type { z } from 'astro/zod';
import type { guideSchema } from '../../src/schemas/guide';
import type { HelpServiceData } from '../../src/schemas/help-service';
import type { ProsePage } from '../../src/schemas/prose-page';
import type { topicSchema, topicTranslationSchema } from '../../src/schemas/topic';
import type { ContentFile, SiteContentFiles } from '../../src/lib/content-check';
import { entryLang, LANGS, type Lang } from '../../src/i18n/languages';

export const root = new URL('../../', import.meta.url).pathname;
const STORE = join(root, 'node_modules/.astro/data-store.json');
const CONTENT = join(root, 'src/content');

/** One entry as Astro stores it: its id, its validated data, its file (from the project root) and its MDX text. */
export interface Entry<Data> {
  id: string;
  data: Data;
  filePath: string;
  body?: string;
}

export interface SiteContent {
  topics: Entry<z.output<typeof topicSchema>>[];
  /** Each topic's words in the other languages; ids like `fr/sextortion`. */
  topicTranslations: Entry<z.output<typeof topicTranslationSchema>>[];
  /** Every language's guides; ids like `sextortion/parents` and `fr/sextortion/parents`. */
  guides: Entry<z.output<typeof guideSchema>>[];
  helpServices: Entry<HelpServiceData>[];
  /** One glossary per language, its id the language's code. */
  glossary: Entry<z.output<typeof glossarySchema>>[];
  pages: Entry<ProsePage>[];
  /** One file of search words per language, its id the language's code. */
  searchWords: Entry<z.output<typeof searchWordsSchema>>[];
}

const newestChange = (dir: string): number =>
  Math.max(...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => statSync(join(dir, file)).mtimeMs));

let content: SiteContent | undefined;

/** Every collection, entries in the order of their file paths. */
export function siteContent(): SiteContent {
  if (content) return content;
  if (!existsSync(STORE) || statSync(STORE).mtimeMs < newestChange(CONTENT)) {
    execFileSync('npx', ['astro', 'sync'], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  }
  const store = parse(readFileSync(STORE, 'utf8')) as Map<string, Map<string, Entry<never>>>;
  const entries = <Data>(name: string): Entry<Data>[] =>
    [...(store.get(name)?.values() ?? [])].sort((a, b) => a.filePath.localeCompare(b.filePath)) as Entry<Data>[];
  content = {
    topics: entries('topics'),
    topicTranslations: entries('topicTranslations'),
    guides: entries('guides'),
    helpServices: entries('helpServices'),
    glossary: entries('glossary'),
    pages: entries('pages'),
    searchWords: entries('searchWords'),
  };
  return content;
}

/** An entry as the content check reads it (src/lib/content-check.ts). */
export const asFile = (entry: Entry<unknown>): ContentFile => ({
  path: entry.filePath,
  data: entry.data,
  text: entry.body,
});

/** The language of an entry from its id (`fr/sextortion/parents` is French), as src/lib/content.ts reads it. */
export const langOfEntry = (entry: Entry<unknown>): Lang => entryLang(entry.id).lang;

/** A language's glossary terms. */
export const glossaryOf = (lang: Lang) => siteContent().glossary.find((entry) => entry.id === lang)?.data.terms ?? [];

/** Every file of the site's content, as the build's content check reads it. */
export function contentFiles(): SiteContentFiles {
  const { topics, topicTranslations, guides, helpServices, glossary, pages, searchWords } = siteContent();
  return {
    topics: topics.map(asFile),
    topicTranslations: topicTranslations.map(asFile),
    guides: guides.map(asFile),
    helpServices: helpServices.map(asFile),
    glossaries: glossary.map(asFile),
    pages: pages.map(asFile),
    searchWords: searchWords.map(asFile),
    langs: LANGS,
  };
}
