/**
 * Young people reach what to do before any background: on every young people's guide the first section holds
 * the numbered steps, with at most a line of reassurance before them. (The browser layer measures the same on
 * a 375-pixel phone.)
 */
import { describe, expect, test } from 'vitest';
import { siteContent } from '../helpers/content';

const youngPeoples = siteContent()
  .guides.filter((guide) => guide.data.audience === 'young-people')
  .map((guide) => [guide.filePath, guide.body ?? ''] as const);

/** The words before the first `<Steps>` in a section, not counting its heading. */
const wordsBeforeSteps = (section: string): number =>
  section.slice(section.indexOf('\n'), section.indexOf('<Steps>')).split(/\s+/).filter(Boolean).length;

describe("young people's guides put what to do first", () => {
  test('there are young people’s guides to check', () => {
    expect(youngPeoples.length).toBeGreaterThanOrEqual(9);
  });

  test.each(youngPeoples)('%s opens with its numbered steps', (_, body) => {
    const [beforeFirstHeading, firstSection = ''] = body.split(/^## /m);

    expect(beforeFirstHeading.trim(), 'text before the first heading').toBe('');
    expect(firstSection, 'the first section has the <Steps> list').toContain('<Steps>');
    expect(wordsBeforeSteps(firstSection), 'words of reassurance before step 1').toBeLessThanOrEqual(30);
  });
});
