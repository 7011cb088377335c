/**
 * The site's content collections: Astro's loaders are the only reader of content, and each collection's schema
 * its only validator (field meanings live beside each schema in `src/schemas/`). A file that breaks its schema
 * stops the build naming the file and the field (src/build/plain-errors-loader.ts); the rules that span files
 * are checked once everything is loaded (src/lib/content.ts).
 *
 * Languages: the default language's files are at the top of each folder, every other's in a folder named by its
 * code (`guides/fr/sextortion/parents.mdx`, `topics/fr/sextortion.yaml`); glossaries and search words are one
 * file per language (`glossary/fr.yaml`).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { withPlainErrors } from './build/plain-errors-loader';
import { glossarySchema } from './schemas/glossary-term';
import { guideSchema } from './schemas/guide';
import { helpServiceSchema } from './schemas/help-service';
import { prosePageSchema } from './schemas/prose-page';
import { searchWordsSchema } from './schemas/search-words';
import { topicSchema, topicTranslationSchema } from './schemas/topic';
import type { z } from 'astro/zod';

/** A collection whose schema both validates each entry and words its errors for the writer. */
const collection = <S extends z.ZodType>(pattern: string, base: string, schema: S) =>
  defineCollection({ loader: withPlainErrors(glob({ pattern, base: `./src/content/${base}` }), schema), schema });

export const collections = {
  topics: collection('*.yaml', 'topics', topicSchema),
  topicTranslations: collection('*/*.yaml', 'topics', topicTranslationSchema),
  guides: collection('**/*.mdx', 'guides', guideSchema),
  pages: collection('**/*.mdx', 'pages', prosePageSchema),
  helpServices: collection('*.yaml', 'help-services', helpServiceSchema),
  glossary: collection('*.yaml', 'glossary', glossarySchema),
  searchWords: collection('*.yaml', 'search-words', searchWordsSchema),
};
