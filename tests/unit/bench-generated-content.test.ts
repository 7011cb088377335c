import { describe, expect, test } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import { copiesFor, copyGuide, copyId, copyTopic } from '../../tools/bench/generated-content';

describe('copiesFor', () => {
  test('returns the fewest copies of 9 topics × 3 audiences that reach 1,000 guides', () => {
    expect(copiesFor(1000, 9, 3)).toBe(38);
    expect(38 * 27).toBeGreaterThanOrEqual(1000);
    expect(37 * 27).toBeLessThan(1000);
  });

  test('returns exactly enough when the target is a whole number of sets', () => {
    expect(copiesFor(54, 9, 3)).toBe(2);
  });

  test('makes at least one copy', () => {
    expect(copiesFor(0, 9, 3)).toBe(1);
  });

  test('counts three audiences unless told otherwise', () => {
    expect(copiesFor(1000, 9)).toBe(38);
  });
});

describe('copyTopic', () => {
  test('points related topics at their copies in the same set and keeps every other field', () => {
    const yaml = [
      'title: Sexual extortion (sextortion)',
      'keywords:',
      '  - nudes',
      "  - pay or they'll post",
      'sensitive: true',
      'related:',
      '  - unsolicited-contact',
      '  - grooming',
      'sources:',
      '  - title: Online blackmail',
      '    url: https://example.org/parents/grooming/',
    ].join('\n');

    expect(loadYaml(copyTopic(yaml, 12))).toEqual({
      title: 'Sexual extortion (sextortion)',
      keywords: ['nudes', "pay or they'll post"],
      sensitive: true,
      related: ['unsolicited-contact-12', 'grooming-12'],
      sources: [{ title: 'Online blackmail', url: 'https://example.org/parents/grooming/' }],
    });
  });

  test('leaves a topic without related topics as it was', () => {
    expect(loadYaml(copyTopic('title: Privacy\nkeywords: [privacy]\n', 3))).toEqual({
      title: 'Privacy',
      keywords: ['privacy'],
    });
  });
});

describe('copyGuide', () => {
  const ids = ['sextortion', 'sexual-harassment', 'grooming'];
  const guide = [
    '---',
    'topic: sextortion',
    'audience: parents',
    'title: "Sextortion: what to do"',
    'sources:',
    '  - url: https://www.ceopeducation.co.uk/parents/grooming/',
    '---',
    '',
    'Read [grooming](/parents/grooming/) and [its checklist](/parents/grooming/checklist/).',
    'See <a href="/young-people/sexual-harassment/#report">harassment</a>.',
    'Not ours: [CEOP](https://www.ceopeducation.co.uk/parents/grooming/), nor /parents/grooming/ in prose.',
    'topic: sextortion is just words here.',
  ].join('\n');

  test('keeps a language’s prefix on the links it points at the copy', () => {
    expect(copyGuide('---\ntopic: grooming\n---\nLire [le guide](/fr/parents/sextortion/).', 3, ids)).toBe(
      '---\ntopic: grooming-3\n---\nLire [le guide](/fr/parents/sextortion-3/).',
    );
  });

  test('moves the guide into its copy of the topic', () => {
    expect(copyGuide(guide, 7, ids)).toMatch(/^---\ntopic: sextortion-7\naudience: parents\n/);
  });

  test('points links to the site’s guides and checklists at the same copy, and leaves everything else alone', () => {
    const body = copyGuide(guide, 7, ids).split('\n---\n')[1];

    expect(body).toBe(
      [
        '',
        'Read [grooming](/parents/grooming-7/) and [its checklist](/parents/grooming-7/checklist/).',
        'See <a href="/young-people/sexual-harassment-7/#report">harassment</a>.',
        'Not ours: [CEOP](https://www.ceopeducation.co.uk/parents/grooming/), nor /parents/grooming/ in prose.',
        'topic: sextortion is just words here.',
      ].join('\n'),
    );
  });

  test('keeps a quoted topic quoted', () => {
    expect(copyGuide('---\ntopic: "grooming"\n---\n', 2, ids)).toBe('---\ntopic: "grooming-2"\n---\n');
  });

  test('refuses a guide without frontmatter or without a topic', () => {
    expect(() => copyGuide('# No frontmatter', 1, ids)).toThrow('frontmatter');
    expect(() => copyGuide('---\naudience: parents\n---\n', 1, ids)).toThrow('no `topic:` line');
  });

  test('names a copy after its topic and number', () => {
    expect(copyId('sextortion', 12)).toBe('sextortion-12');
  });
});
