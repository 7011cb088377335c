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
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
