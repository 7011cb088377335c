/**
 * Writes a copy of the project in a temporary directory whose content is the real topics and guides copied
 * until there are at least `targetGuides` guides (see generated-content.ts). Everything else (pages, components,
 * integrations, help services, glossary) is the project's own. It shares the project's node_modules through a
 * symlink but keeps Astro's cache in a directory of its own, so its build never reuses the real site's.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { copiesFor, copyGuide, copyId, copyTopic } from './generated-content.ts';
import { AUDIENCES } from '../../src/lib/audiences.ts';
import { DEFAULT_LANG, LANGS } from '../../src/i18n/languages.ts';

/** Where a language's files sit inside a content folder: at its top for the default language, else in `<lang>/`. */
const inLang = (dir: string, lang: string) => (lang === DEFAULT_LANG ? dir : join(dir, lang));

const TOPICS = 'src/content/topics';
const GUIDES = 'src/content/guides';

export interface GeneratedSite {
  root: string;
  /** Astro's cache for this site only (its config sets `cacheDir` to it). */
  cacheDir: string;
  copies: number;
  guides: number;
  remove(): Promise<void>;
}

export async function makeGeneratedSite(projectRoot: string, targetGuides: number): Promise<GeneratedSite> {
  const root = await mkdtemp(join(tmpdir(), 'online-safety-guides-bench-'));
  const remove = () => rm(root, { recursive: true, force: true });
  try {
    const cacheDir = join(root, '.bench-cache');
    await copyProject(projectRoot, root, cacheDir);
    const { copies, guides } = await writeCopies(projectRoot, root, targetGuides);
    return { root, cacheDir, copies, guides, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Everything but the content, with the project's node_modules linked and Astro's cache moved to `cacheDir`. */
async function copyProject(projectRoot: string, root: string, cacheDir: string): Promise<void> {
  for (const path of ['src', 'public', 'tsconfig.json', 'package.json']) {
    await cp(join(projectRoot, path), join(root, path), { recursive: true });
  }
  await symlink(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  // The project's config, unchanged, under another name; the config Astro reads adds only the cache directory.
  await cp(join(projectRoot, 'astro.config.mjs'), join(root, 'astro.config.project.mjs'));
  await writeFile(
    join(root, 'astro.config.mjs'),
    `import config from './astro.config.project.mjs';\n\nexport default { ...config, cacheDir: ${JSON.stringify(cacheDir)} };\n`,
  );
}

/** Replaces the copied content with numbered copies of the real topics and guides. */
async function writeCopies(projectRoot: string, root: string, targetGuides: number): Promise<{ copies: number; guides: number }> {
  const topics = await readTopics(projectRoot);
  // Every topic has a guide for each audience in each language.
  const copies = copiesFor(targetGuides, topics.length, AUDIENCES.length * LANGS.length);
  const ids = topics.map((topic) => topic.id);
  await rm(join(root, TOPICS), { recursive: true });
  await rm(join(root, GUIDES), { recursive: true });
  let guides = 0;
  for (const lang of LANGS) await mkdir(inLang(join(root, TOPICS), lang), { recursive: true });
  for (let copy = 1; copy <= copies; copy += 1) {
    for (const topic of topics) {
      for (const lang of LANGS) {
        // The default language's file holds the topic's facts; another's only its words, copied as they are.
        const yaml = lang === DEFAULT_LANG ? copyTopic(topic.yaml[lang], copy) : topic.yaml[lang];
        await writeFile(join(inLang(join(root, TOPICS), lang), `${copyId(topic.id, copy)}.yaml`), yaml);
        const folder = join(inLang(join(root, GUIDES), lang), copyId(topic.id, copy));
        await mkdir(folder, { recursive: true });
        for (const guide of topic.guides[lang]) {
          await writeFile(join(folder, guide.file), copyGuide(guide.mdx, copy, ids));
          guides += 1;
        }
      }
    }
  }
  return { copies, guides };
}

/** The real topics, each with its YAML and its guides' MDX. */
async function readTopics(projectRoot: string) {
  const files = (await readdir(join(projectRoot, TOPICS))).filter((file) => file.endsWith('.yaml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const id = basename(file, '.yaml');
      const perLang = await Promise.all(
        LANGS.map(async (lang) => {
          const folder = join(inLang(join(projectRoot, GUIDES), lang), id);
          const guideFiles = (await readdir(folder)).filter((name) => name.endsWith('.mdx')).sort();
          return {
            lang,
            yaml: await readFile(join(inLang(join(projectRoot, TOPICS), lang), file), 'utf8'),
            guides: await Promise.all(
              guideFiles.map(async (name) => ({ file: name, mdx: await readFile(join(folder, name), 'utf8') })),
            ),
          };
        }),
      );
      return {
        id,
        yaml: Object.fromEntries(perLang.map((each) => [each.lang, each.yaml])),
        guides: Object.fromEntries(perLang.map((each) => [each.lang, each.guides])),
      };
    }),
  );
}
