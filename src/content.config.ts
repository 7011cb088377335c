/**
 * The site's content collections: Astro's loaders are the only reader of content, and each collection's schema
 * its only validator (field meanings live beside each schema in `src/schemas/`). A file that breaks its schema
 * stops the build naming the file and the field (src/build/plain-errors-loader.ts); the rules that span files
 * are checked once everything is loaded (src/lib/content.ts).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parseGlossary } from './build/glossary-file';
import { withPlainErrors } from './build/plain-errors-loader';
import { glossaryTermSchema } from './schemas/glossary-term';
import { guideSchema } from './schemas/guide';
import { helpServiceSchema } from './schemas/help-service';
import { prosePageSchema } from './schemas/prose-page';
import { searchWordGroupSchema } from './schemas/search-words';
import { topicSchema } from './schemas/topic';
import type { z } from 'astro/zod';

/** A collection whose schema both validates each entry and words its errors for the writer. */
const collection = <S extends z.ZodType>(loader: Parameters<typeof withPlainErrors>[0], schema: S) =>
  defineCollection({ loader: withPlainErrors(loader, schema), schema });

export const collections = {
  topics: collection(glob({ pattern: '*.yaml', base: './src/content/topics' }), topicSchema),
  guides: collection(glob({ pattern: '*/*.mdx', base: './src/content/guides' }), guideSchema),
  helpServices: collection(glob({ pattern: '*.yaml', base: './src/content/help-services' }), helpServiceSchema),
  glossary: collection(file('./src/content/glossary.yaml', { parser: parseGlossary }), glossaryTermSchema),
  searchWords: collection(file('./src/content/search-words.yaml'), searchWordGroupSchema),
  pages: collection(glob({ pattern: '*.mdx', base: './src/content/pages' }), prosePageSchema),
};
