import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, onTestFinished, test } from 'vitest';
import { contentCheck } from '../../src/build/content-check-integration';

/** A project folder of its own for one test, removed when the test ends. */
function tempProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'osg-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

/** Runs the integration's hook as `astro build` does, on a project folder. */
async function runHook(root: string): Promise<void> {
  const hook = contentCheck().hooks['astro:config:setup'] as unknown as (options: object) => Promise<void>;
  const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
  await hook({ config: { root: pathToFileURL(`${root}/`) }, logger });
}

describe('the content-check integration', () => {
  test('stops the build naming each file and field to fix', async () => {
    const root = new URL('../fixtures/broken-site', import.meta.url).pathname;

    await expect(runHook(root)).rejects.toThrow(
      [
        '3 content problems to fix:',
        '  - src/content/guides/sextortion/young-people.mdx: checklist: needs at least 3 items',
        '  - src/content/guides/sextortion/parents.mdx: missing; every topic needs a guide for each audience',
        '  - src/content/guides/sextortion/counsellors.mdx: missing; every topic needs a guide for each audience',
      ].join('\n'),
    );
  });

  test('names a guide whose frontmatter is not valid YAML', async () => {
    const root = tempProject();
    mkdirSync(join(root, 'src/content/topics'), { recursive: true });
    mkdirSync(join(root, 'src/content/guides/sextortion'), { recursive: true });
    writeFileSync(join(root, 'src/content/guides/sextortion/parents.mdx'), '---\ntitle: [unclosed\n---\nText\n');

    await expect(runHook(root)).rejects.toThrow(/^src\/content\/guides\/sextortion\/parents\.mdx: the YAML cannot be read/);
  });

  test('names a guide with no frontmatter', async () => {
    const root = tempProject();
    mkdirSync(join(root, 'src/content/topics'), { recursive: true });
    mkdirSync(join(root, 'src/content/guides/sextortion'), { recursive: true });
    writeFileSync(join(root, 'src/content/guides/sextortion/parents.mdx'), 'Just text.\n');

    await expect(runHook(root)).rejects.toThrow(
      'src/content/guides/sextortion/parents.mdx: no frontmatter; a guide starts with a block between two "---" lines',
    );
  });
});
