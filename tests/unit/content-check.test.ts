import { describe, expect, test } from 'vitest';
import {
  assertContentIsSound,
  checkContent,
  checkLanguageFiles,
  checkPages,
  checkTopicTranslations,
  schemaProblems,
  type ContentFile,
} from '../../src/lib/content-check';
import type { TermChoice } from '../../src/lib/terminology';
import { guideSchema } from '../../src/schemas/guide';
import { topicSchema } from '../../src/schemas/topic';

const source = { title: 'Internet Safety Guides', publisher: 'GSMA', url: 'https://example.org/guides' };

const topic = (id: string, data: Record<string, unknown> = {}): ContentFile => ({
  path: `src/content/topics/${id}.yaml`,
  data: {
    title: 'Sextortion',
    description: 'When someone threatens to share sexual images of you.',
    keywords: ['nudes', 'blackmail', 'sextortion'],
    help: ['remove-images', 'talk'],
    related: [],
    sources: [source],
    ...data,
  },
});

const guide = (topicId: string, audience: string, data: Record<string, unknown> = {}): ContentFile => ({
  path: `src/content/guides/${topicId}/${audience}.mdx`,
  data: {
    topic: topicId,
    audience,
    title: 'If someone is threatening to share your pictures',
    summary: 'What to do now, and who can help you.',
    checklist: ['Stop replying', 'Do not pay', 'Tell someone you trust'],
    reviewed: new Date('2026-11-23'),
    sources: [source],
    ...(audience === 'counsellors'
      ? {
          redFlags: ['A deadline to pay'],
          questions: ['What has happened so far?', 'Who else knows?'],
          nextSteps: ['Check they are safe now', 'Agree what happens next'],
          referrals: [{ name: 'Take It Down', when: 'Images from under 18', url: 'https://takeitdown.ncmec.org/' }],
        }
      : {}),
    ...data,
  },
});

const allAudiences = (topicId: string): ContentFile[] =>
  ['young-people', 'parents', 'counsellors'].map((audience) => guide(topicId, audience));

/** The good site with one guide replaced. */
const withGuide = (replacement: ContentFile): ContentFile[] =>
  allAudiences('sextortion').map((file) => (file.path === replacement.path ? replacement : file));

/**
 * What the build reports, in its order: each entry's schema problems as its collection loads it
 * (src/build/plain-errors-loader.ts), then the rules that span files.
 */
const problemsOf = (topics: ContentFile[], guides: ContentFile[], glossary: TermChoice[] = []): string[] => [
  ...topics.flatMap((file) => schemaProblems(file, topicSchema)),
  ...guides.flatMap((file) => schemaProblems(file, guideSchema)),
  ...checkContent(topics, guides, { glossaries: { en: glossary } }),
];

describe('the content rules', () => {
  test('returns no problems for a topic with all three guides', () => {
    expect(problemsOf([topic('sextortion')], allAudiences('sextortion'))).toEqual([]);
  });

  test('names the file and a missing field', () => {
    const { summary: _, ...data } = guide('sextortion', 'parents').data as Record<string, unknown>;

    const problems = problemsOf(
      [topic('sextortion')],
      withGuide({ path: 'src/content/guides/sextortion/parents.mdx', data }),
    );

    expect(problems).toEqual(['src/content/guides/sextortion/parents.mdx: summary: missing; this field is required']);
  });

  test('names the file and an unknown field', () => {
    const problems = problemsOf([topic('sextortion')], withGuide(guide('sextortion', 'parents', { sumary: 'typo' })));

    expect(problems).toEqual(['src/content/guides/sextortion/parents.mdx: sumary: unknown field; check its spelling']);
  });

  test('rejects counsellor-only fields in a guide for another audience', () => {
    const problems = problemsOf(
      [topic('sextortion')],
      withGuide(guide('sextortion', 'parents', { redFlags: ['A deadline to pay'] })),
    );

    expect(problems).toEqual([
      'src/content/guides/sextortion/parents.mdx: redFlags: unknown field; check its spelling',
    ]);
  });

  test('names an audience outside the three', () => {
    const problems = problemsOf(
      [topic('sextortion')],
      [...allAudiences('sextortion'), guide('sextortion', 'teachers')],
    );

    expect(problems).toEqual([
      'src/content/guides/sextortion/teachers.mdx: audience: must be one of young-people, parents, counsellors',
      'src/content/guides/sextortion/teachers.mdx: the file name must be one of young-people.mdx, parents.mdx, counsellors.mdx',
    ]);
  });

  test('names a topic that does not exist', () => {
    const problems = problemsOf(
      [topic('sextortion')],
      [...allAudiences('sextortion'), guide('sextortion', 'parents', { topic: 'sextorshun' })],
    );

    expect(problems).toEqual([
      'src/content/guides/sextortion/parents.mdx: topic: is "sextorshun" but the file is in the folder "sextortion"',
    ]);
  });

  test('names a folder that is not a topic', () => {
    const problems = problemsOf([topic('sextortion')], [...allAudiences('sextortion'), ...allAudiences('grooming')]);

    expect(problems).toEqual([
      'src/content/guides/grooming/young-people.mdx: the folder "grooming" is not a topic (topics are: sextortion)',
      'src/content/guides/grooming/parents.mdx: the folder "grooming" is not a topic (topics are: sextortion)',
      'src/content/guides/grooming/counsellors.mdx: the folder "grooming" is not a topic (topics are: sextortion)',
    ]);
  });

  test('names an empty checklist', () => {
    const problems = problemsOf([topic('sextortion')], withGuide(guide('sextortion', 'parents', { checklist: [] })));

    expect(problems).toEqual(['src/content/guides/sextortion/parents.mdx: checklist: needs at least 3 items']);
  });

  test('names a checklist that is too long', () => {
    const checklist = Array.from({ length: 11 }, (_, index) => `Step number ${index + 1}`);

    const problems = problemsOf([topic('sextortion')], withGuide(guide('sextortion', 'parents', { checklist })));

    expect(problems).toEqual(['src/content/guides/sextortion/parents.mdx: checklist: must have 10 items or fewer']);
  });

  test('names a topic missing one of its three audiences', () => {
    const guides = allAudiences('sextortion').filter((file) => !file.path.endsWith('counsellors.mdx'));

    expect(problemsOf([topic('sextortion')], guides)).toEqual([
      'src/content/guides/sextortion/counsellors.mdx: missing; every topic needs a guide for each audience',
    ]);
  });

  test('names a summary that is too long', () => {
    const problems = problemsOf(
      [topic('sextortion')],
      withGuide(guide('sextortion', 'parents', { summary: 'x'.repeat(161) })),
    );

    expect(problems).toEqual(['src/content/guides/sextortion/parents.mdx: summary: must be 160 characters or fewer']);
  });

  test('names a counsellor guide without its call card', () => {
    const { redFlags: _, ...data } = guide('sextortion', 'counsellors').data as Record<string, unknown>;

    const problems = problemsOf(
      [topic('sextortion')],
      withGuide({ path: 'src/content/guides/sextortion/counsellors.mdx', data }),
    );

    expect(problems).toEqual([
      'src/content/guides/sextortion/counsellors.mdx: redFlags: missing; this field is required',
    ]);
  });

  test('names the item and field of a nested mistake', () => {
    const sources = [source, { ...source, url: 'http://example.org/insecure' }];

    const problems = problemsOf([topic('sextortion')], withGuide(guide('sextortion', 'parents', { sources })));

    expect(problems).toEqual([
      'src/content/guides/sextortion/parents.mdx: sources › item 2 › url: must be a full https:// address',
    ]);
  });

  test('names a bad date', () => {
    const problems = problemsOf(
      [topic('sextortion')],
      withGuide(guide('sextortion', 'parents', { reviewed: 'last week' })),
    );

    expect(problems).toEqual([
      'src/content/guides/sextortion/parents.mdx: reviewed: must be a date written as YYYY-MM-DD',
    ]);
  });

  test('names a related topic that does not exist', () => {
    const problems = problemsOf([topic('sextortion', { related: ['grooming'] })], allAudiences('sextortion'));

    expect(problems).toEqual([
      'src/content/topics/sextortion.yaml: related › item 1: no topic "grooming" (topics are: sextortion)',
    ]);
  });

  test('names a topic whose help lists the emergency number, or a kind of help that does not exist', () => {
    const problems = problemsOf(
      [topic('sextortion', { help: ['emergency'] }), topic('grooming', { help: ['hugs'] })],
      [...allAudiences('sextortion'), ...allAudiences('grooming')],
    );

    const allowed = 'must be one of crisis, talk, police, report-images, remove-images, report-to-platform, advice';
    expect(problems).toEqual([
      `src/content/topics/sextortion.yaml: help › item 1: ${allowed} (every help box names the emergency number first)`,
      `src/content/topics/grooming.yaml: help › item 1: ${allowed} (every help box names the emergency number first)`,
    ]);
  });

  test('names a topic file with too few keywords', () => {
    const problems = problemsOf([topic('sextortion', { keywords: ['nudes'] })], allAudiences('sextortion'));

    expect(problems).toEqual([
      'src/content/topics/sextortion.yaml: keywords: needs at least 3 words people would search for',
    ]);
  });

  test('asks for a content note on the young-people guide of a sensitive topic', () => {
    const problems = problemsOf([topic('sextortion', { sensitive: true })], allAudiences('sextortion'));

    expect(problems).toEqual([
      'src/content/guides/sextortion/young-people.mdx: contentNote: missing; "sextortion" is a sensitive topic, so young people are told first what the page covers',
    ]);
  });

  test('accepts a sensitive topic whose young-people guide has its content note', () => {
    const note = 'This page is about someone threatening to share your pictures. It has no graphic detail.';
    const problems = problemsOf(
      [topic('sextortion', { sensitive: true })],
      withGuide(guide('sextortion', 'young-people', { contentNote: note })),
    );

    expect(problems).toEqual([]);
  });
});

describe('assertContentIsSound', () => {
  test('throws one error that lists every problem', () => {
    const guides = [guide('sextortion', 'young-people', { topic: 'grooming' })];

    expect(() => assertContentIsSound({ topics: [topic('sextortion')], guides })).toThrow(
      [
        '3 content problems to fix:',
        '  - src/content/guides/sextortion/young-people.mdx: topic: is "grooming" but the file is in the folder "sextortion"',
        '  - src/content/guides/sextortion/parents.mdx: missing; every topic needs a guide for each audience',
        '  - src/content/guides/sextortion/counsellors.mdx: missing; every topic needs a guide for each audience',
      ].join('\n'),
    );
  });

  test('returns quietly when the content is sound', () => {
    expect(() =>
      assertContentIsSound({ topics: [topic('sextortion')], guides: allAudiences('sextortion') }),
    ).not.toThrow();
  });
});

describe('the rules across languages', () => {
  const inFrench = (file: ContentFile): ContentFile => ({
    ...file,
    path: file.path.replace('src/content/guides/', 'src/content/guides/fr/'),
  });

  test('need every guide in every language, and name the one that is missing', () => {
    const guides = [...allAudiences('sextortion'), ...allAudiences('sextortion').slice(0, 2).map(inFrench)];

    expect(checkContent([topic('sextortion')], guides, { langs: ['en', 'fr'] })).toEqual([
      'src/content/guides/fr/sextortion/counsellors.mdx: missing; every topic needs a guide for each audience',
    ]);
    expect(
      checkContent([topic('sextortion')], [...guides, inFrench(guide('sextortion', 'counsellors'))], {
        langs: ['en', 'fr'],
      }),
    ).toEqual([]);
  });

  test("need each topic's words in every other language, for topics that exist", () => {
    const words = (path: string): ContentFile => ({ path, data: {} });

    expect(
      checkTopicTranslations(
        [topic('sextortion'), topic('grooming')],
        [
          words('src/content/topics/fr/sextortion.yaml'),
          words('src/content/topics/fr/sextorsion.yaml'),
          words('src/content/topics/de/grooming.yaml'),
        ],
        ['en', 'fr'],
      ),
    ).toEqual([
      'src/content/topics/fr/sextorsion.yaml: no topic "sextorsion" (topics are: grooming, sextortion)',
      'src/content/topics/de/grooming.yaml: the folder "de" is not one of the site\'s other languages (en, fr)',
      'src/content/topics/fr/grooming.yaml: missing; every topic needs its words in each language',
    ]);
  });

  test('need every page in every language, at the same file name', () => {
    const page = (path: string): ContentFile => ({ path, data: {} });

    expect(
      checkPages(
        [
          page('src/content/pages/about.mdx'),
          page('src/content/pages/fr/about.mdx'),
          page('src/content/pages/fr/apropos.mdx'),
        ],
        ['en', 'fr'],
      ),
    ).toEqual(['src/content/pages/apropos.mdx: missing; every page exists in each language']);
  });

  test('need one glossary (or search words file) per language, named by its code', () => {
    const file = (path: string): ContentFile => ({ path, data: {} });

    expect(
      checkLanguageFiles(
        [file('src/content/glossary/en.yaml'), file('src/content/glossary/french.yaml')],
        'src/content/glossary',
        ['en', 'fr'],
      ),
    ).toEqual([
      "src/content/glossary/french.yaml: must be named after one of the site's languages (en, fr)",
      'src/content/glossary/fr.yaml: missing; every language needs one',
    ]);
  });
});
