/**
 * Wraps one of Astro's loaders so that an entry breaking its collection's schema stops the build with one line per
 * problem in the writer's terms ("src/content/guides/sextortion/parents.mdx: summary: must be 160 characters or
 * fewer") instead of Astro's generic message. Astro still reads the files and still parses the data: this only
 * words the failure (src/lib/content-check.ts, `schemaProblems`).
 */
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentProblemsError, schemaProblems } from '../lib/content-check';

export function withPlainErrors(loader: Loader, schema: z.ZodType): Loader {
  return {
    name: loader.name,
    load: (context: LoaderContext) =>
      loader.load({
        ...context,
        parseData: async (entry) => {
          // Loaders pass the file's full path; the writer knows it from the project's folder.
          const file = entry.filePath ?? entry.id;
          const path = isAbsolute(file)
            ? relative(fileURLToPath(context.config.root), file).split('\\').join('/')
            : file;
          const problems = schemaProblems({ path, data: entry.data }, schema);
          if (problems.length > 0) throw contentProblemsError(problems);
          return context.parseData(entry);
        },
      }),
  };
}
