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
  const copies = copiesFor(targetGuides, topics.length);
  const ids = topics.map((topic) => topic.id);
  await rm(join(root, TOPICS), { recursive: true });
  await rm(join(root, GUIDES), { recursive: true });
  await mkdir(join(root, TOPICS));
  let guides = 0;
  for (let copy = 1; copy <= copies; copy += 1) {
    for (const topic of topics) {
      await writeFile(join(root, TOPICS, `${copyId(topic.id, copy)}.yaml`), copyTopic(topic.yaml, copy));
      const folder = join(root, GUIDES, copyId(topic.id, copy));
      await mkdir(folder, { recursive: true });
      for (const guide of topic.guides) {
        await writeFile(join(folder, guide.file), copyGuide(guide.mdx, copy, ids));
        guides += 1;
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
      const folder = join(projectRoot, GUIDES, id);
      const guideFiles = (await readdir(folder)).filter((name) => name.endsWith('.mdx')).sort();
      return {
        id,
        yaml: await readFile(join(projectRoot, TOPICS, file), 'utf8'),
        guides: await Promise.all(guideFiles.map(async (name) => ({ file: name, mdx: await readFile(join(folder, name), 'utf8') }))),
      };
    }),
  );
}
