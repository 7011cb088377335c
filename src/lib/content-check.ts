/**
 * The rules content must follow, worded for the writer: one line per problem, naming the file and the field to fix.
 * Each entry's own fields are checked by its schema as Astro loads it (`schemaProblems`, through
 * src/build/plain-errors-loader.ts); the rules that span files (folders, file names, missing audiences, links
 * between topics, words to avoid) are checked once all content is loaded (`checkContent`, from src/lib/content.ts).
 */
import type { z } from 'astro/zod';
import { AUDIENCES } from './audiences';
import { findDiscouragedTerms, findDiscouragedTermsInFields, type TermChoice } from './terminology';
import { slug } from '../schemas/topic';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n';

/** A content entry as Astro loaded it: its file's path from the project root, its data and its text (MDX body). */
export interface ContentFile {
  path: string;
  data: unknown;
  text?: string;
}

export const TOPICS_DIR = 'src/content/topics';
export const GUIDES_DIR = 'src/content/guides';
export const PAGES_DIR = 'src/content/pages';
export const HELP_SERVICES_DIR = 'src/content/help-services';

const TOPIC_PATH = new RegExp(`^${TOPICS_DIR}/([^/]+)\\.yaml$`);
const TOPIC_TRANSLATION_PATH = new RegExp(`^${TOPICS_DIR}/([^/]+)/([^/]+)\\.yaml$`);
const HELP_SERVICE_PATH = new RegExp(`^${HELP_SERVICES_DIR}/([^/]+)\\.yaml$`);
/** A file per language, named by its code: `src/content/glossary/fr.yaml`. */
const LANGUAGE_FILE_PATH = /^src\/content\/[^/]+\/([^/]+)\.yaml$/;

/**
 * A file's language and the rest of its path in a folder where the default language's files are at the top and
 * every other's in a folder named by its code: `fr/sextortion/parents.mdx` is French `sextortion/parents.mdx`.
 */
function inLanguageFolder(path: string, dir: string): { lang: string; rest: string } | undefined {
  if (!path.startsWith(`${dir}/`)) return undefined;
  const [first, ...others] = path.slice(dir.length + 1).split('/');
  return isLang(first) && first !== DEFAULT_LANG && others.length > 0
    ? { lang: first, rest: others.join('/') }
    : { lang: DEFAULT_LANG, rest: [first, ...others].join('/') };
}

/** The languages content must be complete in, and each one's words to avoid. */
export interface LanguageRules {
  /** Every guide and page must exist in each of these (the site's languages; only the default in unit tests). */
  langs?: readonly Lang[];
  /** Each language's glossary, whose `insteadOf` words that language's guides must not use. */
  glossaries?: Partial<Record<Lang, TermChoice[]>>;
}

/**
 * Returns every problem found in the topics and guides, one line each, or an empty list when they are sound: files
 * in the right folders, a guide for each audience of each topic in each language, related topics that exist, content
 * notes on sensitive topics, and (with glossaries) no word the guide's language says to avoid.
 */
export function checkContent(
  topics: ContentFile[],
  guides: ContentFile[],
  { langs = [DEFAULT_LANG], glossaries = {} }: LanguageRules = {},
): string[] {
  const problems: string[] = [];
  const topicIds = new Set<string>();
  const sensitiveTopics = new Set<string>();

  for (const file of topics) {
    const id = TOPIC_PATH.exec(file.path)?.[1];
    if (!id) {
      problems.push(`${file.path}: topic files must be named ${TOPICS_DIR}/<topic>.yaml`);
      continue;
    }
    topicIds.add(id);
    if ((file.data as { sensitive?: unknown })?.sensitive === true) sensitiveTopics.add(id);
  }

  for (const file of topics) {
    const related = (file.data as { related?: unknown })?.related;
    if (!Array.isArray(related)) continue;
    related.forEach((id, index) => {
      if (typeof id === 'string' && !topicIds.has(id)) {
        problems.push(`${file.path}: related › item ${index + 1}: no topic "${id}" (${knownTopics(topicIds)})`);
      }
    });
  }

  const seen = new Set<string>();
  for (const file of guides) {
    const place = inLanguageFolder(file.path, GUIDES_DIR);
    const match = place && /^([^/]+)\/([^/]+)\.mdx$/.exec(place.rest);
    if (!place || !match) {
      problems.push(
        `${file.path}: guides must be at ${GUIDES_DIR}/<topic>/<audience>.mdx (in <language>/ if not ${DEFAULT_LANG})`,
      );
      continue;
    }
    const [, folderTopic, fileAudience] = match;

    const data = (file.data ?? {}) as { topic?: unknown; audience?: unknown; contentNote?: unknown };
    if (!topicIds.has(folderTopic)) {
      problems.push(`${file.path}: the folder "${folderTopic}" is not a topic (${knownTopics(topicIds)})`);
    }
    if (typeof data.topic === 'string' && data.topic !== folderTopic) {
      problems.push(`${file.path}: topic: is "${data.topic}" but the file is in the folder "${folderTopic}"`);
    }
    if (!(AUDIENCES as readonly string[]).includes(fileAudience)) {
      problems.push(`${file.path}: the file name must be one of ${AUDIENCES.map((a) => `${a}.mdx`).join(', ')}`);
    } else if (typeof data.audience === 'string' && data.audience !== fileAudience) {
      problems.push(`${file.path}: audience: is "${data.audience}" but the file is named ${fileAudience}.mdx`);
    }
    if (fileAudience === 'young-people' && sensitiveTopics.has(folderTopic) && data.contentNote === undefined) {
      problems.push(
        `${file.path}: contentNote: missing; "${folderTopic}" is a sensitive topic, so young people are told first what the page covers`,
      );
    }
    problems.push(...wordsToAvoid(file, glossaries[place.lang as Lang] ?? []));
    seen.add(`${place.lang}/${folderTopic}/${fileAudience}`);
  }

  for (const lang of langs) {
    for (const id of topicIds) {
      for (const audience of AUDIENCES) {
        if (!seen.has(`${lang}/${id}/${audience}`)) {
          const folder = lang === DEFAULT_LANG ? GUIDES_DIR : `${GUIDES_DIR}/${lang}`;
          problems.push(`${folder}/${id}/${audience}.mdx: missing; every topic needs a guide for each audience`);
        }
      }
    }
  }

  return problems;
}

/** Every topic has its words in each other language, and no file gives words to a topic that does not exist. */
export function checkTopicTranslations(
  topics: ContentFile[],
  translations: ContentFile[],
  langs: readonly Lang[],
): string[] {
  const topicIds = new Set(topics.flatMap((file) => TOPIC_PATH.exec(file.path)?.[1] ?? []));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const file of translations) {
    const [, lang = '', id = ''] = TOPIC_TRANSLATION_PATH.exec(file.path) ?? [];
    if (!langs.includes(lang as Lang) || lang === DEFAULT_LANG) {
      problems.push(
        `${file.path}: the folder "${lang}" is not one of the site's other languages (${langs.join(', ')})`,
      );
    } else if (!topicIds.has(id)) {
      problems.push(`${file.path}: no topic "${id}" (${knownTopics(topicIds)})`);
    }
    seen.add(`${lang}/${id}`);
  }
  for (const lang of langs.filter((each) => each !== DEFAULT_LANG)) {
    for (const id of topicIds) {
      if (!seen.has(`${lang}/${id}`))
        problems.push(`${TOPICS_DIR}/${lang}/${id}.yaml: missing; every topic needs its words in each language`);
    }
  }
  return problems;
}

/** Every page exists in every language, at the same file name. */
export function checkPages(pages: ContentFile[], langs: readonly Lang[]): string[] {
  const places = pages.map((file) => inLanguageFolder(file.path, PAGES_DIR));
  const names = new Set(places.flatMap((place) => place?.rest ?? []));
  const seen = new Set(places.flatMap((place) => (place ? `${place.lang}/${place.rest}` : [])));
  return langs.flatMap((lang) =>
    [...names]
      .filter((name) => !seen.has(`${lang}/${name}`))
      .map(
        (name) =>
          `${lang === DEFAULT_LANG ? PAGES_DIR : `${PAGES_DIR}/${lang}`}/${name}: missing; every page exists in each language`,
      ),
  );
}

/** Each language has exactly its one file in a folder of one file per language (glossary, search words). */
export function checkLanguageFiles(files: ContentFile[], dir: string, langs: readonly Lang[]): string[] {
  const found = new Set(files.map((file) => LANGUAGE_FILE_PATH.exec(file.path)?.[1]));
  return [
    ...files
      .filter((file) => !langs.includes(LANGUAGE_FILE_PATH.exec(file.path)?.[1] as Lang))
      .map((file) => `${file.path}: must be named after one of the site's languages (${langs.join(', ')})`),
    ...langs.filter((lang) => !found.has(lang)).map((lang) => `${dir}/${lang}.yaml: missing; every language needs one`),
  ];
}

/** Every help service's file name is its id and its anchor on the get-help pages, so it must be a slug. */
export function checkHelpServices(files: ContentFile[]): string[] {
  return files.flatMap((file) => {
    const id = HELP_SERVICE_PATH.exec(file.path)?.[1];
    return id && slug.safeParse(id).success
      ? []
      : [
          `${file.path}: help services must be named ${HELP_SERVICES_DIR}/<id>.yaml, the id in lower-case words joined by hyphens`,
        ];
  });
}

/**
 * Every place an entry's fields or text use a word the glossary says to avoid. Sources are left out: their titles
 * are other people's words, cited as they were published.
 */
export function wordsToAvoid(file: ContentFile, glossary: TermChoice[]): string[] {
  const { sources: _, ...ownWords } = (file.data ?? {}) as Record<string, unknown>;
  return [
    ...findDiscouragedTermsInFields(file.path, ownWords, glossary),
    ...(file.text === undefined ? [] : findDiscouragedTerms(file.path, file.text, glossary)),
  ];
}

/** All of the site's content, as the build checks it. */
export interface SiteContentFiles {
  topics: ContentFile[];
  guides: ContentFile[];
  /** Each topic's words in the other languages (`src/content/topics/<lang>/<id>.yaml`). */
  topicTranslations?: ContentFile[];
  /** The glossaries, one per language (`src/content/glossary/<lang>.yaml`, its terms under `terms`). */
  glossaries?: ContentFile[];
  helpServices?: ContentFile[];
  /** The pages of background and help (`src/content/pages/`), held to the same words as the guides. */
  pages?: ContentFile[];
  /** The search words, one file per language (`src/content/search-words/<lang>.yaml`). */
  searchWords?: ContentFile[];
  /** The languages everything must exist in; only the default unless given. */
  langs?: readonly Lang[];
}

/** Throws one error listing every problem, for the build to stop on. */
export function assertContentIsSound(content: SiteContentFiles): void {
  const { topics, guides, topicTranslations = [], helpServices = [], pages = [], langs = [DEFAULT_LANG] } = content;
  const glossaries = Object.fromEntries(
    (content.glossaries ?? []).map((file) => [
      LANGUAGE_FILE_PATH.exec(file.path)?.[1],
      ((file.data as { terms?: TermChoice[] })?.terms ?? []) as TermChoice[],
    ]),
  ) as Partial<Record<Lang, TermChoice[]>>;
  const problems = [
    ...checkContent(topics, guides, { langs, glossaries }),
    ...checkTopicTranslations(topics, topicTranslations, langs),
    ...checkHelpServices(helpServices),
    ...checkPages(pages, langs),
    ...pages.flatMap((page) =>
      wordsToAvoid(page, glossaries[(inLanguageFolder(page.path, PAGES_DIR)?.lang ?? DEFAULT_LANG) as Lang] ?? []),
    ),
    ...(content.glossaries ? checkLanguageFiles(content.glossaries, 'src/content/glossary', langs) : []),
    ...(content.searchWords ? checkLanguageFiles(content.searchWords, 'src/content/search-words', langs) : []),
  ];
  if (problems.length > 0) throw contentProblemsError(problems);
}

/** One error listing every problem, one per line, for the build to stop on. */
export function contentProblemsError(problems: string[]): Error {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return new Error(`${problems.length} content ${noun} to fix:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** One line per way a file's data breaks its schema, in the writer's terms: "path: field: what to fix". */
export function schemaProblems(file: ContentFile, schema: z.ZodType): string[] {
  const result = schema.safeParse(file.data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => describeIssue(issue).map((line) => `${file.path}: ${line}`));
}

function describeIssue(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `${fieldName([...issue.path, key])}: unknown field; check its spelling`);
  }
  const field = fieldName(issue.path) || 'frontmatter';
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [`${field}: missing; this field is required`];
  }
  return [`${field}: ${issue.message}`];
}

/** `['sources', 0, 'url']` becomes `sources › item 1 › url`: what a writer sees in the YAML. */
function fieldName(path: PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part))).join(' › ');
}

function knownTopics(ids: Set<string>): string {
  return ids.size ? `topics are: ${[...ids].sort().join(', ')}` : `no topics exist in ${TOPICS_DIR}`;
}
