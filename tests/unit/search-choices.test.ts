import { describe, expect, test } from 'vitest';
import { fillIn, MAX_GUIDES, plural, toChoices, type ResultData } from '../../src/browser/search-choices';
import { dictionary } from '../../src/i18n';

const words = dictionary('en').search.browser;

const result = (url: string, subs: { title: string; url: string; locations?: number[] }[] = []): ResultData => ({
  url,
  meta: {
    title: 'Sextortion',
    audience: 'Helpline counsellors',
    audienceFor: 'for helpline counsellors',
    summary: 'What to do.',
  },
  sub_results: subs,
});

describe('the search dialog’s list', () => {
  test("offers a counsellor guide's red flags straight after the guide", () => {
    const choices = toChoices([result('/counsellors/sextortion/')], words);

    expect(choices.map((choice) => [choice.kind, choice.url])).toEqual([
      ['guide', '/counsellors/sextortion/'],
      ['section', '/counsellors/sextortion/#red-flags'],
    ]);
    expect(choices[1].label).toBe('Red flags: Sextortion, Helpline counsellors');
  });

  test('adds the section with most matches, never the top of the page nor the red flags twice', () => {
    const choices = toChoices(
      [
        result('/counsellors/sextortion/', [
          { title: 'Sextortion', url: '/counsellors/sextortion/', locations: [1, 2, 3, 4] },
          { title: 'Red flags', url: '/counsellors/sextortion/#red-flags', locations: [5, 6, 7] },
          { title: 'Next steps', url: '/counsellors/sextortion/#next-steps', locations: [8] },
          { title: 'Referral routes', url: '/counsellors/sextortion/#referral-routes', locations: [9, 10] },
        ]),
      ],
      words,
    );

    expect(choices.map((choice) => choice.title)).toEqual(['Sextortion', 'Red flags', 'Referral routes']);
  });

  test("gives other audiences' guides only their best section", () => {
    const choices = toChoices(
      [
        result('/parents/sextortion/', [
          { title: 'What to do now', url: '/parents/sextortion/#what-to-do-now', locations: [1] },
        ]),
      ],
      words,
    );

    expect(choices.map((choice) => choice.url)).toEqual([
      '/parents/sextortion/',
      '/parents/sextortion/#what-to-do-now',
    ]);
  });

  test('names the guide and its audience on every row, for screen readers', () => {
    const [guide] = toChoices([result('/counsellors/sextortion/')], words);

    expect(guide).toMatchObject({ title: 'Sextortion', audience: 'Helpline counsellors', summary: 'What to do.' });
    expect(guide.label).toBe('Sextortion, for helpline counsellors');
  });

  test(`lists at most ${MAX_GUIDES} guides`, () => {
    const many = Array.from({ length: MAX_GUIDES + 3 }, (_, i) => result(`/parents/topic-${i}/`));

    expect(toChoices(many, words).filter((choice) => choice.kind === 'guide')).toHaveLength(MAX_GUIDES);
  });

  test('speaks the page’s language: a French counsellor guide offers its « Signaux d’alerte »', () => {
    const french: ResultData = {
      url: '/fr/counsellors/sextortion/',
      meta: { title: 'Sextorsion', audience: 'Écoutants', audienceFor: 'pour les écoutants' },
      sub_results: [],
    };
    const choices = toChoices([french], dictionary('fr').search.browser);

    expect(choices.map((choice) => [choice.url, choice.title, choice.label])).toEqual([
      ['/fr/counsellors/sextortion/', 'Sextorsion', 'Sextorsion, pour les écoutants'],
      ['/fr/counsellors/sextortion/#red-flags', 'Signaux d’alerte', 'Signaux d’alerte : Sextorsion, Écoutants'],
    ]);
  });
});

describe('the words search says', () => {
  test('fill a template’s values in, and leave unknown names and the values’ own braces alone', () => {
    expect(fillIn('{n} found for “{q}” {x}', { n: 2, q: '{n}' })).toBe('2 found for “{n}” {x}');
  });

  test('take the form the number needs in each language: French says 0 and 1 in the singular', () => {
    const status = (lang: 'en' | 'fr', n: number) => {
      const { meta, search } = dictionary(lang);
      return fillIn(plural(search.browser.found, n, meta.locale), { q: 'x' });
    };

    expect([0, 1, 2].map((n) => status('en', n))).toEqual([
      '0 guides found for “x”.',
      '1 guide found for “x”.',
      '2 guides found for “x”.',
    ]);
    expect([0, 1, 2].map((n) => status('fr', n))).toEqual([
      '0 guide trouvé pour «\u00a0x\u00a0».',
      '1 guide trouvé pour «\u00a0x\u00a0».',
      '2 guides trouvés pour «\u00a0x\u00a0».',
    ]);
  });
});
