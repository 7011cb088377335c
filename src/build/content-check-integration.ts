/**
 * Stops the build (and the dev server) before anything renders when a topic, guide or help service is malformed,
 * with one line per problem naming the file and the field, or the line that uses a word the glossary says to
 * avoid. See `src/lib/content-check.ts`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assertContentIsSound } from '../lib/content-check';
import { readContent } from './content-files';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const { topics, guides, glossary, helpServices } = await readContent(fileURLToPath(config.root));
        assertContentIsSound(topics, guides, glossary, helpServices);
        logger.info(`${topics.length} topics, ${guides.length} guides and ${helpServices.length} help services are sound`);
      },
    },
  };
}
