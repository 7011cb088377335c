import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// The source documents sit beside the project in ../shared, as they do in CI.
const root = fileURLToPath(new URL('../../', import.meta.url));
const tool = `${root}../shared/tools/overlap.py`;

test.skipIf(!existsSync(tool))('nothing in src/ repeats 8 or more words of a source document', () => {
  const result = spawnSync('python3', [tool, '../shared/sources', 'src'], { cwd: root, encoding: 'utf8' });

  expect(result.stdout, 'rewrite these passages in our own words').toMatch(/^copied runs: 0 /m);
  expect(result.status).toBe(0);
});
