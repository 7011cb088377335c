/**
 * The four layers of tests, in the order `npm test` runs them (after `astro check` and `astro build`):
 * unit (no build needed), site (the built files in dist/), links (linkinator over dist/), and browser
 * (Debian's Chromium, driven by playwright-core, against a local static server).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine. Unit, site and link files wait
    // on nothing but the CPU and the disk, so two at a time finish sooner.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/helpers/require-build.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'links',
          include: ['tests/links/**/*.test.ts'],
          globalSetup: ['tests/helpers/require-build.ts'],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/require-build.ts', 'tests/helpers/static-server.ts'],
          // Two files at a time, each with its own Chromium: much of a page test is waiting (for the network to
          // go quiet, for print), so two keep both cores busy. The heaviest work, every page's one-pass check, is
          // split in two files (every-page-a/b) so the halves run side by side.
          maxWorkers: 2,
          // Its own group, after the others: a project with its own maxWorkers runs apart.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
