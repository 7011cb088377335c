/**
 * Reads the content collections in the shapes pages need, in a page's language. Astro's loaders have checked each
 * entry against its schema; the first reading here also checks the rules that span files
 * (src/lib/content-check.ts), so the build stops on the first page that needs content, naming each file to fix.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AUDIENCES } from './audiences';
import { assertContentIsSound, type ContentFile } from './content-check';
import { countriesWithServices, type HelpService } from './help';
import { collator } from './intl';
import { sitePages } from './site-pages';
import { topicsUsingEachWord } from './search-terms';
import { DEFAULT_LANG, dictionary, entryLang, langParam, LANGS, type Lang } from '../i18n';

export { entryLang };

/** A topic in one language: its id, and its data with the words of that language. */
export type Topic = Pick<CollectionEntry<'topics'>, 'id' | 'data'>;
export type Guide = CollectionEntry<'guides'>;
export type CounsellorGuide = Guide & { data: Extract<Guide['data'], { audience: 'counsellors' }> };
export type ProsePageEntry = CollectionEntry<'pages'>;

/**
 * Content does not change during a build, so each reading is kept for the build's other pages: a site of 1,000
 * guides would otherwise sort every topic again for each page. While developing, content is read afresh.
 */
function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => (import.meta.env.PROD ? (kept ??= read()) : read());
}

/** The same, for a reading that depends on the language. */
function oncePerBuildAndLang<T>(read: (lang: Lang) => Promise<T>): (lang: Lang) => Promise<T> {
  const kept = new Map<Lang, () => Promise<T>>(LANGS.map((lang) => [lang, oncePerBuild(() => read(lang))]));
  return (lang) => kept.get(lang)!();
}

/** An entry as the content check reads it: its file, its data and its text. */
const asFile = (entry: { filePath?: string; id: string; data: unknown; body?: string }): ContentFile => ({
  path: entry.filePath ?? entry.id,
  data: entry.data,
  text: entry.body,
});

/** Every collection, once the rules that span files hold. */
const getSoundContent = oncePerBuild(async () => {
  const [topics, topicTranslations, guides, helpServices, glossary, pages, searchWords] = await Promise.all([
    getCollection('topics'),
    getCollection('topicTranslations'),
    getCollection('guides'),
    getCollection('helpServices'),
    getCollection('glossary'),
    getCollection('pages'),
    getCollection('searchWords'),
  ]);
  assertContentIsSound({
    topics: topics.map(asFile),
    topicTranslations: topicTranslations.map(asFile),
    guides: guides.map(asFile),
    glossaries: glossary.map(asFile),
    helpServices: helpServices.map(asFile),
    pages: pages.map(asFile),
    searchWords: searchWords.map(asFile),
    langs: LANGS,
  });
  return { topics, topicTranslations, guides, helpServices, glossary, pages, searchWords };
});

/** Every topic with its words in the language, in alphabetical order of title. */
export const getTopics = oncePerBuildAndLang(async (lang: Lang): Promise<Topic[]> => {
  const { topics, topicTranslations } = await getSoundContent();
  const words = new Map(topicTranslations.map((entry) => [entry.id, entry.data]));
  const localised = topics.map((topic) => ({
    id: topic.id,
    data: { ...topic.data, ...(lang === DEFAULT_LANG ? {} : words.get(`${lang}/${topic.id}`)) },
  }));
  const { compare } = collator(dictionary(lang).meta.locale);
  return localised.sort((a, b) => compare(a.data.title, b.data.title));
});

/** For each word of the topics' keywords in the language, how many topics use it (src/lib/search-terms.ts). */
export const getKeywordWordCounts = oncePerBuildAndLang(async (lang: Lang) =>
  topicsUsingEachWord((await getTopics(lang)).map((topic) => topic.data.keywords)),
);

/** The guides of a language, ordered by topic title and then by audience. */
export const getGuides = oncePerBuildAndLang(async (lang: Lang): Promise<Guide[]> => {
  const order = new Map((await getTopics(lang)).map((topic, index) => [topic.id, index]));
  const guides = (await getSoundContent()).guides.filter((guide) => entryLang(guide.id).lang === lang);
  return guides.sort(
    (a, b) =>
      (order.get(a.data.topic) ?? 0) - (order.get(b.data.topic) ?? 0) ||
      AUDIENCES.indexOf(a.data.audience) - AUDIENCES.indexOf(b.data.audience),
  );
});

/** A topic by id, in a language; the content check guarantees every guide's topic exists. */
export async function getTopic(lang: Lang, id: string): Promise<Topic> {
  const topic = (await getTopics(lang)).find((t) => t.id === id);
  if (!topic) throw new Error(`No topic "${id}"`);
  return topic;
}

/** The static paths of the pages made from each guide (the guide and its checklist): `/fr/<audience>/<topic>/`. */
export async function guideStaticPaths() {
  const perLang = await Promise.all(
    LANGS.map(async (lang) =>
      (await getGuides(lang)).map((guide) => ({
        params: { lang: langParam(lang), audience: guide.data.audience, topic: guide.data.topic },
        props: { guide, lang },
      })),
    ),
  );
  return perLang.flat();
}

/** The `lang` parameter of a page that exists once in every language. */
export const eachLang = () => LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));

/** The `lang` and `audience` parameters of a page that exists once per audience in every language (`/fr/parents/`). */
export const eachLangAndAudience = () =>
  LANGS.flatMap((lang) =>
    AUDIENCES.map((audience) => ({ params: { lang: langParam(lang), audience }, props: { lang, audience } })),
  );

export function isCounsellorGuide(guide: Guide): guide is CounsellorGuide {
  return guide.data.audience === 'counsellors';
}

/**
 * Every place to get help, each with its id (its file name) and its words in the language, in alphabetical
 * order of name.
 */
export const getHelpServices = oncePerBuildAndLang(async (lang: Lang): Promise<HelpService[]> => {
  const services = (await getSoundContent()).helpServices.map(({ id, data }) => {
    const words = lang === DEFAULT_LANG ? undefined : data.translations[lang];
    return { id, ...data, ...words };
  });
  const { compare } = collator(dictionary(lang).meta.locale);
  return services.sort((a, b) => compare(a.name, b.name));
});

export type GlossaryTerm = CollectionEntry<'glossary'>['data']['terms'][number];

/** The glossary of a language, in alphabetical order of term. */
export async function getGlossary(lang: Lang): Promise<GlossaryTerm[]> {
  const file = (await getSoundContent()).glossary.find((entry) => entry.id === lang);
  const { compare } = collator(dictionary(lang).meta.locale);
  return [...(file?.data.terms ?? [])].sort((a, b) => compare(a.term, b.term));
}

/** The search words of a language (`src/content/search-words/<lang>.yaml`). */
export async function getSearchWords(lang: Lang) {
  return (await getSoundContent()).searchWords.find((entry) => entry.id === lang)?.data.groups ?? [];
}

/** Every address the site has (src/lib/site-pages.ts), for checking the links in guides. */
export const getSitePages = oncePerBuild(async () =>
  sitePages(
    (await getSoundContent()).topics.map((topic) => topic.id),
    countriesWithServices(await getHelpServices(DEFAULT_LANG), DEFAULT_LANG),
  ),
);

/** The pages of background and help written as MDX (`src/content/pages/`), in every language. */
export const getProsePages = async (): Promise<ProsePageEntry[]> => (await getSoundContent()).pages;
