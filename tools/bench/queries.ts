/**
 * The queries the search bench types: words people really search for, taken from the topics' `keywords`,
 * the same every run, and spread across the topics so that no one topic's index chunks dominate.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { load as loadYaml } from 'js-yaml';

export interface TopicKeywords {
  id: string;
  keywords: readonly string[];
}

/**
 * `count` distinct keywords: the topics (in order of id) share the count as evenly as they can, each topic's
 * picks are spaced evenly through its list of keywords, and the picks are dealt out a topic at a time so that
 * any run of queries visits many topics. A keyword already picked for another topic is passed over.
 */
export function pickQueries(topics: readonly TopicKeywords[], count: number): string[] {
  const sorted = [...topics].sort((a, b) => a.id.localeCompare(b.id, 'en'));
  if (sorted.length === 0) throw new Error('no topics to take search queries from');
  const taken = new Set<string>();
  const picksByTopic = sorted.map((topic, index) => {
    const wanted = Math.floor(count / sorted.length) + (index < count % sorted.length ? 1 : 0);
    const picks: string[] = [];
    for (let slot = 0; slot < wanted; slot += 1) {
      const start = Math.floor((slot * topic.keywords.length) / wanted);
      const keyword = [...topic.keywords.slice(start), ...topic.keywords.slice(0, start)].find(
        (candidate) => !taken.has(candidate.toLowerCase()),
      );
      if (keyword === undefined) throw new Error(`topic "${topic.id}" has too few distinct keywords for ${wanted} queries`);
      taken.add(keyword.toLowerCase());
      picks.push(keyword);
    }
    return picks;
  });
  const rounds = Math.max(...picksByTopic.map((picks) => picks.length));
  return Array.from({ length: rounds }, (_, round) => picksByTopic.flatMap((picks) => picks.slice(round, round + 1))).flat();
}

/** Each topic's id (its file name) and keywords, from `src/content/topics/*.yaml` under `root`. */
export async function readTopicKeywords(root: string): Promise<TopicKeywords[]> {
  const dir = join(root, 'src/content/topics');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.yaml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const data = loadYaml(await readFile(join(dir, file), 'utf8')) as { keywords?: string[] };
      return { id: basename(file, '.yaml'), keywords: data.keywords ?? [] };
    }),
  );
}
