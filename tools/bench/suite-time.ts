/**
 * Times `npm test` from start to end in the project's root, as CI runs it once installed: the format and type
 * checks, the build and every test. Its output is kept for when it fails; how many tests passed is read from
 * Vitest's summary.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { SuiteFigures } from './results.ts';

export async function timeTestSuite(root: string): Promise<SuiteFigures> {
  const started = performance.now();
  const output = await runNpmTest(root);
  return { status: 'measured', ms: performance.now() - started, tests: testsPassed(output) };
}

/** The number in Vitest's summary line "Tests  5699 passed | 3 skipped (5702)", colours and all. */
export function testsPassed(output: string): number {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const summary = /^\s*Tests\s+(\d+) passed/m.exec(plain);
  if (!summary) throw new Error('npm test printed no "Tests … passed" summary');
  return Number(summary[1]);
}

function runNpmTest(root: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['test'], { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = output.join('');
      if (code === 0) resolve(text);
      else reject(new Error(`npm test exited with ${code}:\n${text.split('\n').slice(-40).join('\n')}`));
    });
  });
}
