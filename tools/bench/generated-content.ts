/**
 * The content of the generated site the build is timed on: numbered copies of every real topic and its three
 * guides (`sextortion-12`), each copy linking only to topics and guides of its own set, so the copies build
 * exactly as the real ones do.
 */
import { dump as dumpYaml, load as loadYaml } from 'js-yaml';
import { AUDIENCES } from '../../src/lib/audiences.ts';

/**
 * How many copies of the topics reach at least `target` guides. Every topic needs a guide for each audience,
 * so the count moves in steps of topics × audiences and the target is rarely hit exactly.
 */
export function copiesFor(target: number, topics: number, audiences: number = AUDIENCES.length): number {
  if (topics < 1 || audiences < 1) throw new Error('a site needs at least one topic and one audience');
  return Math.max(1, Math.ceil(target / (topics * audiences)));
}

/** The id of a topic's copy: `sextortion` in copy 12 is `sextortion-12`. */
export const copyId = (id: string, copy: number): string => `${id}-${copy}`;

/** A topic's YAML for one copy: its related topics become their copies in the same set. */
export function copyTopic(yaml: string, copy: number): string {
  const data = loadYaml(yaml) as { related?: string[] };
  const related = data.related?.map((id) => copyId(id, copy));
  return dumpYaml(related ? { ...data, related } : data, { lineWidth: -1 });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A guide's MDX for one copy: the frontmatter's `topic` becomes the copy's id, and every link to one of the
 * site's guides or checklists (`](/parents/sextortion/)`, `href="/parents/sextortion/"`) points into the same
 * copy. Links to other sites are left alone, even when their paths look like ours.
 */
export function copyGuide(mdx: string, copy: number, topicIds: readonly string[]): string {
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---/.exec(mdx);
  if (!frontmatter) throw new Error('a guide starts with frontmatter between two "---" lines');
  const topicLine = /^(topic:[ \t]*)(["']?)([a-z0-9-]+)\2[ \t]*$/m;
  if (!topicLine.test(frontmatter[0])) throw new Error('the guide has no `topic:` line in its frontmatter');
  const head = frontmatter[0].replace(topicLine, (_, key: string, quote: string, id: string) => `${key}${quote}${copyId(id, copy)}${quote}`);

  const ids = topicIds.map(escape).join('|');
  // A link may carry a language's prefix (`/fr/parents/sextortion/`), which stays.
  const siteLink = new RegExp(`(?<=\\]\\(|href=["'])(/[a-z]{2})?/(${AUDIENCES.join('|')})/(${ids})/`, 'g');
  const body = mdx
    .slice(frontmatter[0].length)
    .replace(siteLink, (_, prefix: string | undefined, audience: string, id: string) => `${prefix ?? ''}/${audience}/${copyId(id, copy)}/`);
  return head + body;
}
