/** The site's content collections. Field meanings live beside each schema in `src/schemas/`. */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { GLOSSARY_FILE, parseGlossary } from './build/glossary-file';
import { glossaryTermSchema } from './schemas/glossary-term';
import { makeGuideSchema } from './schemas/guide';
import { helpServiceSchema } from './schemas/help-service';
import { searchWordGroupSchema } from './schemas/search-words';
import { makeTopicSchema } from './schemas/topic';

const topics = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/topics' }),
  schema: makeTopicSchema(reference('topics')),
});

const guides = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/guides' }),
  schema: makeGuideSchema(reference('topics')),
});

const helpServices = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './src/content/help-services' }),
  schema: helpServiceSchema,
});

const glossary = defineCollection({
  loader: file(`./${GLOSSARY_FILE}`, { parser: parseGlossary }),
  schema: glossaryTermSchema,
});

const searchWords = defineCollection({
  loader: file('./src/content/search-words.yaml'),
  schema: searchWordGroupSchema,
});

export const collections = { topics, guides, helpServices, glossary, searchWords };
