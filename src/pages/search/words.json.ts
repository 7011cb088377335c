/**
 * `/search/words.json`: what the search pipeline (src/lib/search-pipeline.ts) reads queries with, built from
 * content: the groups of words that mean the same (src/content/search-words.yaml), each topic's own words, and
 * each guide's title and summary, so the list can name a guide before Pagefind has loaded its page. The search
 * dialog and the search page fetch it when search is first wanted, never with a page.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { AUDIENCE_INFO } from '../../lib/audiences';
import { getGuides, getTopics } from '../../lib/content';
import { guidePath } from '../../lib/routes';
import { contentWords } from '../../lib/search-terms';
import type { SearchVocabulary } from '../../lib/search-pipeline';

export const GET: APIRoute = async () => {
  const groups = await getCollection('searchWords');
  const vocabulary: SearchVocabulary = {
    groups: groups.filter((group) => !group.data.ignore).map((group) => group.data.words),
    ignore: groups.filter((group) => group.data.ignore).flatMap((group) => group.data.words),
    topics: (await getTopics()).map((topic) => ({
      id: topic.id,
      words: contentWords([topic.data.title, ...topic.data.keywords].join(' ')),
    })),
    guides: (await getGuides()).map((guide) => ({
      url: guidePath(guide.data.audience, guide.data.topic),
      topic: guide.data.topic,
      audience: guide.data.audience,
      audienceLabel: AUDIENCE_INFO[guide.data.audience].label,
      title: guide.data.title,
      summary: guide.data.summary,
    })),
  };
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
};
