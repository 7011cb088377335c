/** Reads topic YAML files, guides (frontmatter and text), help services and the glossary from disk, for `content-check`. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { GUIDES_DIR, HELP_SERVICES_DIR, TOPICS_DIR, type ContentFile } from '../lib/content-check';
import { GLOSSARY_FILE, parseGlossary } from './glossary-file';
import type { TermChoice } from '../lib/terminology';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A content file's id: its name without the extension (`src/content/topics/sextortion.yaml` → `sextortion`). */
export const entryId = (file: ContentFile): string => file.path.replace(/^.*\/(.+)\.[a-z]+$/, '$1');

/** A glossary entry as read from disk, before the schema checks it: its id comes from its term. */
export type GlossaryEntry = TermChoice & { id: string };

export async function readContent(
  root: string,
): Promise<{ topics: ContentFile[]; guides: ContentFile[]; glossary: GlossaryEntry[]; helpServices: ContentFile[] }> {
  const topics = await readFiles(root, TOPICS_DIR, '.yaml', (text) => text);
  const guides = await readFiles(root, GUIDES_DIR, '.mdx', (text) => FRONTMATTER.exec(text)?.[1]);
  // A project (or a test fixture) may have no help services yet.
  const helpServices = existsSync(join(root, HELP_SERVICES_DIR)) ? await readFiles(root, HELP_SERVICES_DIR, '.yaml', (text) => text) : [];
  const glossaryPath = join(root, GLOSSARY_FILE);
  const glossary = existsSync(glossaryPath) ? (parseGlossary(await readFile(glossaryPath, 'utf8')) as unknown as GlossaryEntry[]) : [];
  return { topics, guides, glossary, helpServices };
}

async function readFiles(
  root: string,
  dir: string,
  extension: string,
  yamlPart: (text: string) => string | undefined,
): Promise<ContentFile[]> {
  const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
  return Promise.all(
    files.map(async (path) => {
      const text = await readFile(join(root, path), 'utf8');
      return { path, text, data: parseYaml(path, yamlPart(text)) };
    }),
  );
}

function parseYaml(path: string, text: string | undefined): unknown {
  if (text === undefined) throw new Error(`${path}: no frontmatter; a guide starts with a block between two "---" lines`);
  try {
    return loadYaml(text);
  } catch (error) {
    throw new Error(`${path}: the YAML cannot be read: ${(error as Error).message}`);
  }
}
