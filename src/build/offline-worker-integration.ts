/**
 * Writes the counsellors' offline copy, dist/offline-worker.js (see src/build/offline-worker.ts), once the site and
 * its search index are built. It must run after the Pagefind integration, so the index is in the worker's list:
 * astro.config.mjs lists it after pagefindIndex(), and Astro runs the build:done hooks in that order. That is
 * also why the worker is not part of Vite's build (as vite-plugin-pwa would make it): Vite's build ends before
 * Pagefind has written the index.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeOfflineWorker } from './offline-worker';

export function offlineCopy(): AstroIntegration {
  return {
    name: 'offline-copy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size } = await writeOfflineWorker(fileURLToPath(dir));
        logger.info(`offline-worker.js stores ${count} files (${(size / 1024 / 1024).toFixed(1)} MB) when switched on`);
      },
    },
  };
}
