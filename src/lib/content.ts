/**
 * Reads the content collections in the shapes pages need. Astro's loaders have checked each entry against its
 * schema; the first reading here also checks the rules that span files (src/lib/content-check.ts), so the build
 * stops on the first page that needs content, naming each file to fix.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AUDIENCES } from './audiences';
import { assertContentIsSound, type ContentFile } from './content-check';
import { countriesWithServices, type HelpService } from './help';
import { sitePages } from './site-pages';
import { topicsUsingEachWord } from './search-terms';

export type Topic = CollectionEntry<'topics'>;
export type Guide = CollectionEntry<'guides'>;
export type CounsellorGuide = Guide & { data: Extract<Guide['data'], { audience: 'counsellors' }> };

/**
 * Content does not change during a build, so each reading is kept for the build's other pages: a site of 1,000
 * guides would otherwise sort every topic again for each page. While developing, content is read afresh.
 */
function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (kept ??= read()) : read());
}

/** An entry as the content check reads it: its file, its data and its text. */
const asFile = (entry: { filePath?: string; id: string; data: unknown; body?: string }): ContentFile => ({
  path: entry.filePath ?? entry.id,
  data: entry.data,
  text: entry.body,
});

/** Every collection, once the rules that span files hold. */
const getSoundContent = oncePerBuild(async () => {
  const [topics, guides, helpServices, glossary, pages] = await Promise.all([
    getCollection('topics'),
    getCollection('guides'),
    getCollection('helpServices'),
    getCollection('glossary'),
    getCollection('pages'),
  ]);
  assertContentIsSound({
    topics: topics.map(asFile),
    guides: guides.map(asFile),
    glossary: glossary.map((entry) => entry.data),
    helpServices: helpServices.map(asFile),
    pages: pages.map(asFile),
  });
  return { topics, guides, helpServices, glossary, pages };
});

/** Every topic, in alphabetical order of title. */
export const getTopics = oncePerBuild(async (): Promise<Topic[]> => {
  const topics = [...(await getSoundContent()).topics];
  return topics.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
});

/** For each word of the topics' keywords, how many topics use it (src/lib/search-terms.ts). */
export const getKeywordWordCounts = oncePerBuild(async () =>
  topicsUsingEachWord((await getTopics()).map((topic) => topic.data.keywords)),
);

/** Every guide, ordered by topic title and then by audience. */
export async function getGuides(): Promise<Guide[]> {
  const order = new Map((await getTopics()).map((topic, index) => [topic.id, index]));
  const guides = [...(await getSoundContent()).guides];
  return guides.sort(
    (a, b) =>
      (order.get(a.data.topic) ?? 0) - (order.get(b.data.topic) ?? 0) ||
      AUDIENCES.indexOf(a.data.audience) - AUDIENCES.indexOf(b.data.audience),
  );
}

/** A topic by id; the content check guarantees every guide's topic exists. */
export async function getTopic(id: string): Promise<Topic> {
  const topic = (await getTopics()).find((t) => t.id === id);
  if (!topic) throw new Error(`No topic "${id}"`);
  return topic;
}

/** The static paths of the pages made from each guide (the guide and its checklist): `/<audience>/<topic>/`. */
export async function guideStaticPaths() {
  return (await getGuides()).map((guide) => ({
    params: { audience: guide.data.audience, topic: guide.data.topic },
    props: { guide },
  }));
}

export function isCounsellorGuide(guide: Guide): guide is CounsellorGuide {
  return guide.data.audience === 'counsellors';
}

/** Every place to get help, each with its id (its file name), in alphabetical order of name. */
export const getHelpServices = oncePerBuild(async (): Promise<HelpService[]> => {
  const services = (await getSoundContent()).helpServices.map((entry) => ({ id: entry.id, ...entry.data }));
  return services.sort((a, b) => a.name.localeCompare(b.name, 'en'));
});

export type GlossaryTerm = CollectionEntry<'glossary'>['data'];

/** The glossary, in alphabetical order of term. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  const terms = (await getSoundContent()).glossary.map((entry) => entry.data);
  return terms.sort((a, b) => a.term.localeCompare(b.term, 'en'));
}

/** Every address the site has (src/lib/site-pages.ts), for checking the links in guides. */
export const getSitePages = oncePerBuild(async () =>
  sitePages(
    (await getTopics()).map((topic) => topic.id),
    countriesWithServices(await getHelpServices()),
  ),
);

export type ProsePageEntry = CollectionEntry<'pages'>;

/** The pages of background and help written as MDX (`src/content/pages/`). */
export const getProsePages = async (): Promise<ProsePageEntry[]> => (await getSoundContent()).pages;
