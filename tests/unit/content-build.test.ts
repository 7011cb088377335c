/**
 * A writer's mistake stops the real build, naming the file and the field: these tests copy the project, break one
 * file and run Astro on the copy. A file that breaks its schema stops `astro sync` (Astro's loaders read every
 * file); a rule that spans files stops `astro build` before any page is written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { root } from '../helpers/content';

/**
 * A copy of the project, removed when the test ends. Its packages are links to the project's, but not the
 * caches Astro and Vite write (`node_modules/.astro`, `.vite`), so the copy never touches the project's own.
 */
function projectCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'osg-'));
  onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
  for (const part of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, part), join(copy, part), { recursive: true });
  }
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite')
      symlinkSync(join(root, 'node_modules', name), join(copy, 'node_modules', name));
  }
  return copy;
}

/** Rewrites one file of the copy. */
function edit(copy: string, path: string, change: (text: string) => string): void {
  writeFileSync(join(copy, path), change(readFileSync(join(copy, path), 'utf8')));
}

/** Runs `astro <command>` on the copy; its exit code and everything it printed. */
function astro(copy: string, command: 'sync' | 'build'): { status: number | null; output: string } {
  const run = spawnSync('npx', ['astro', command, '--root', copy], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('the build stops on bad content', { timeout: 120_000 }, () => {
  test('names the file and the field of a guide that breaks its schema', () => {
    const copy = projectCopy();
    edit(copy, 'src/content/guides/sextortion/parents.mdx', (text) =>
      text.replace(/^summary: .*$/m, `summary: ${'x'.repeat(161)}`),
    );

    const { status, output } = astro(copy, 'sync');

    expect(status).not.toBe(0);
    expect(output).toContain('src/content/guides/sextortion/parents.mdx: summary: must be 160 characters or fewer');
  });

  test('names the file of a help service that breaks its schema', () => {
    const copy = projectCopy();
    edit(copy, 'src/content/help-services/childline.yaml', (text) =>
      text.replace(/^source: .*$/m, 'source: http://example.org'),
    );

    const { status, output } = astro(copy, 'sync');

    expect(status).not.toBe(0);
    expect(output).toContain('src/content/help-services/childline.yaml: source: must be a full https:// address');
  });

  test('names each file that breaks a rule spanning files, and writes no page', () => {
    const copy = projectCopy();
    rmSync(join(copy, 'src/content/guides/grooming/parents.mdx'));
    edit(copy, 'src/content/topics/privacy.yaml', (text) =>
      text.replace(/^related:\n/m, 'related:\n  - grooming-online\n'),
    );

    const { status, output } = astro(copy, 'build');

    expect(status).not.toBe(0);
    expect(output).toContain('src/content/topics/privacy.yaml: related › item 1: no topic "grooming-online"');
    expect(output).toContain(
      'src/content/guides/grooming/parents.mdx: missing; every topic needs a guide for each audience',
    );
  });
});
