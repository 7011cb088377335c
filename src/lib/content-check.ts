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

/** A content entry as Astro loaded it: its file's path from the project root, its data and its text (MDX body). */
export interface ContentFile {
  path: string;
  data: unknown;
  text?: string;
}

export const TOPICS_DIR = 'src/content/topics';
export const GUIDES_DIR = 'src/content/guides';
export const HELP_SERVICES_DIR = 'src/content/help-services';

const GUIDE_PATH = new RegExp(`^${GUIDES_DIR}/([^/]+)/([^/]+)\\.mdx$`);
const TOPIC_PATH = new RegExp(`^${TOPICS_DIR}/([^/]+)\\.yaml$`);
const HELP_SERVICE_PATH = new RegExp(`^${HELP_SERVICES_DIR}/([^/]+)\\.yaml$`);

/**
 * Returns every problem found, one line each, or an empty list when the content is sound. With a glossary,
 * also names every line of a guide that uses words the glossary says to avoid.
 */
export function checkContent(topics: ContentFile[], guides: ContentFile[], glossary: TermChoice[] = []): string[] {
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

  const audiencesByTopic = new Map<string, Set<string>>();
  for (const file of guides) {
    const match = GUIDE_PATH.exec(file.path);
    if (!match) {
      problems.push(`${file.path}: guides must be at ${GUIDES_DIR}/<topic>/<audience>.mdx`);
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
    problems.push(...wordsToAvoid(file, glossary));
    const seen = audiencesByTopic.get(folderTopic) ?? new Set();
    seen.add(fileAudience);
    audiencesByTopic.set(folderTopic, seen);
  }

  for (const id of topicIds) {
    const seen = audiencesByTopic.get(id) ?? new Set();
    for (const audience of AUDIENCES) {
      if (!seen.has(audience)) {
        problems.push(`${GUIDES_DIR}/${id}/${audience}.mdx: missing; every topic needs a guide for each audience`);
      }
    }
  }

  return problems;
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
  glossary?: TermChoice[];
  helpServices?: ContentFile[];
  /** The pages of background and help (`src/content/pages/`), held to the same words as the guides. */
  pages?: ContentFile[];
}

/** Throws one error listing every problem, for the build to stop on. */
export function assertContentIsSound({
  topics,
  guides,
  glossary = [],
  helpServices = [],
  pages = [],
}: SiteContentFiles): void {
  const problems = [
    ...checkContent(topics, guides, glossary),
    ...checkHelpServices(helpServices),
    ...pages.flatMap((page) => wordsToAvoid(page, glossary)),
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
