import { describe, expect, test } from 'vitest';
import { MAX_GUIDES, toChoices, type ResultData } from '../../src/browser/search-choices';

const result = (url: string, subs: { title: string; url: string; locations?: number[] }[] = []): ResultData => ({
  url,
  meta: { title: 'Sextortion', audience: 'Helpline counsellors', summary: 'What to do.' },
  sub_results: subs,
});

describe('the search dialog’s list', () => {
  test("offers a counsellor guide's red flags straight after the guide", () => {
    const choices = toChoices([result('/counsellors/sextortion/')]);

    expect(choices.map((choice) => [choice.kind, choice.url])).toEqual([
      ['guide', '/counsellors/sextortion/'],
      ['section', '/counsellors/sextortion/#red-flags'],
    ]);
    expect(choices[1].label).toBe('Red flags: Sextortion, Helpline counsellors');
  });

  test('adds the section with most matches, never the top of the page nor the red flags twice', () => {
    const choices = toChoices([
      result('/counsellors/sextortion/', [
        { title: 'Sextortion', url: '/counsellors/sextortion/', locations: [1, 2, 3, 4] },
        { title: 'Red flags', url: '/counsellors/sextortion/#red-flags', locations: [5, 6, 7] },
        { title: 'Next steps', url: '/counsellors/sextortion/#next-steps', locations: [8] },
        { title: 'Referral routes', url: '/counsellors/sextortion/#referral-routes', locations: [9, 10] },
      ]),
    ]);

    expect(choices.map((choice) => choice.title)).toEqual(['Sextortion', 'Red flags', 'Referral routes']);
  });

  test("gives other audiences' guides only their best section", () => {
    const choices = toChoices([
      result('/parents/sextortion/', [
        { title: 'What to do now', url: '/parents/sextortion/#what-to-do-now', locations: [1] },
      ]),
    ]);

    expect(choices.map((choice) => choice.url)).toEqual([
      '/parents/sextortion/',
      '/parents/sextortion/#what-to-do-now',
    ]);
  });

  test('names the guide and its audience on every row, for screen readers', () => {
    const [guide] = toChoices([result('/counsellors/sextortion/')]);

    expect(guide).toMatchObject({ title: 'Sextortion', audience: 'Helpline counsellors', summary: 'What to do.' });
    expect(guide.label).toBe('Sextortion, for helpline counsellors');
  });

  test(`lists at most ${MAX_GUIDES} guides`, () => {
    const many = Array.from({ length: MAX_GUIDES + 3 }, (_, i) => result(`/parents/topic-${i}/`));

    expect(toChoices(many).filter((choice) => choice.kind === 'guide')).toHaveLength(MAX_GUIDES);
  });
});
