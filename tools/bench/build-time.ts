/**
 * Times a cold `astro build` of a project (Pagefind runs inside it, in our integration), then counts what it
 * wrote: guides, pages, indexed pages and the size of the search index.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BuildFigures } from './results.ts';

/**
 * Builds `root` after removing everything a previous build could reuse: dist/, .astro/, Vite's cache and
 * Astro's cache (`cacheDir`, node_modules/.astro unless the config moves it).
 */
export async function timeColdBuild(root: string, cacheDir = join(root, 'node_modules/.astro')): Promise<BuildFigures> {
  for (const dir of ['dist', '.astro', 'node_modules/.vite'].map((path) => join(root, path)).concat(cacheDir)) {
    await rm(dir, { recursive: true, force: true });
  }
  const started = performance.now();
  await runAstroBuild(root);
  const ms = performance.now() - started;

  const guides = await countGuides(root);
  const dist = join(root, 'dist');
  const entry = JSON.parse(await readFile(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return {
    status: 'measured',
    guides,
    pages: (await filesUnder(dist)).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind')).length,
    indexedPages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0),
    ms,
    msPerGuide: ms / guides,
    searchIndexBytes: await totalBytes(join(dist, 'pagefind')),
  };
}

/** Runs the project's own Astro on the Node running the bench, keeping its output for when it fails. */
function runAstroBuild(root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`astro build in ${root} exited with ${code}:\n${output.join('').split('\n').slice(-40).join('\n')}`));
    });
  });
}

async function countGuides(root: string): Promise<number> {
  return (await filesUnder(join(root, 'src/content/guides'))).filter((file) => file.endsWith('.mdx')).length;
}

/** Every file under `dir`, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

async function totalBytes(dir: string): Promise<number> {
  const sizes = await Promise.all((await filesUnder(dir)).map(async (file) => (await stat(join(dir, file))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}
