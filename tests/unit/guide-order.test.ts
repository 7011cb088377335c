/**
 * Young people reach what to do before any background: on every young people's guide the first section holds
 * the numbered steps, with at most a line of reassurance before them. (The browser layer measures the same on
 * a 375-pixel phone.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/build/content-files';

const root = new URL('../../', import.meta.url).pathname;
const { guides } = await readContent(root);
const youngPeoples = guides.filter((guide) => guide.path.endsWith('/young-people.mdx')).map((guide) => guide.path);

/** The body of an MDX file: what follows its frontmatter. */
const bodyOf = (source: string): string => source.replace(/^---\n[\s\S]*?\n---\n/, '');

/** The words before the first `<Steps>` in a section, not counting its heading. */
const wordsBeforeSteps = (section: string): number =>
  section.slice(section.indexOf('\n'), section.indexOf('<Steps>')).split(/\s+/).filter(Boolean).length;

describe("young people's guides put what to do first", () => {
  test('there are young people’s guides to check', () => {
    expect(youngPeoples.length).toBeGreaterThanOrEqual(9);
  });

  test.each(youngPeoples)('%s opens with its numbered steps', (path) => {
    const body = bodyOf(readFileSync(root + path, 'utf8'));
    const [beforeFirstHeading, firstSection = ''] = body.split(/^## /m);

    expect(beforeFirstHeading.trim(), 'text before the first heading').toBe('');
    expect(firstSection, 'the first section has the <Steps> list').toContain('<Steps>');
    expect(wordsBeforeSteps(firstSection), 'words of reassurance before step 1').toBeLessThanOrEqual(30);
  });
});
