/**
 * `/search/words.json` (`/fr/search/words.json`…): what the search pipeline (src/lib/search-pipeline.ts) reads
 * queries with in a language, built from content: the groups of words that mean the same
 * (src/content/search-words/<lang>.yaml), each topic's own words, and
 * each guide's title and summary, so the list can name a guide before Pagefind has loaded its page; and the words
 * the search dialog and the search page's script show (the search area's `browser` strings, src/i18n/<lang>/
 * search.ts), as the dialog is bundled once for every language and must not carry every dictionary. The search
 * dialog and the search page fetch it when search is first wanted, never with a page.
 */
import type { APIRoute } from 'astro';
import { dictionary, type Lang } from '../../../i18n';
import { eachLang, getGuides, getSearchWords, getTopics } from '../../../lib/content';
import { guidePath } from '../../../lib/routes';
import { contentWords } from '../../../lib/search-terms';
import type { SearchVocabulary } from '../../../lib/search-pipeline';

export const getStaticPaths = eachLang;

export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: Lang };
  const groups = await getSearchWords(lang);
  const { audiences, meta, search } = dictionary(lang);
  const vocabulary: SearchVocabulary = {
    groups: groups.filter((group) => !group.ignore).map((group) => group.words),
    ignore: groups.filter((group) => group.ignore).flatMap((group) => group.words),
    topics: (await getTopics(lang)).map((topic) => ({
      id: topic.id,
      words: contentWords([topic.data.title, ...topic.data.keywords].join(' ')),
    })),
    guides: (await getGuides(lang)).map((guide) => ({
      url: guidePath(lang, guide.data.audience, guide.data.topic),
      topic: guide.data.topic,
      audience: guide.data.audience,
      audienceLabel: audiences[guide.data.audience].label,
      title: guide.data.title,
      summary: guide.data.summary,
    })),
    strings: { ...search.browser, title: search.title, locale: meta.locale },
  };
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
};
