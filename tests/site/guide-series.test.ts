/** The whole series as readers meet it: reachable in two clicks, safe openings, the glossary and the schools page. */
import { describe, expect, test } from 'vitest';
import { AUDIENCES } from '../../src/lib/audiences';
import { checklistPackPath, checklistPath, guidePath, homePath, hubPath, termsPath } from '../../src/lib/routes';
import { LANGS } from '../../src/i18n/languages';
import { glossaryOf, siteContent } from '../helpers/content';
import { linkTargets, ownLinkPaths, parsedPage, positionOf, textsOf } from '../helpers/html';

const { topics } = siteContent();
const topicInfo = topics.map((topic) => ({ id: topic.id, ...topic.data }));

/** The site's own links on a page, as paths, without fragments. */
const linksOn = (path: string) => ownLinkPaths(parsedPage(path));

describe.each(LANGS)('every guide in %s is two clicks from its home page', (lang) => {
  const home = homePath(lang);
  const reached = new Set(linksOn(home).flatMap((first) => [first, ...linksOn(first)]));

  test.each(AUDIENCES.flatMap((audience) => topicInfo.map((topic) => guidePath(lang, audience, topic.id))))(
    '%s',
    (path) => {
      expect(reached).toContain(path);
    },
  );

  test('by way of its audience hub', () => {
    for (const audience of AUDIENCES) {
      expect(linksOn(home)).toContain(hubPath(lang, audience));
      for (const topic of topicInfo) {
        expect(linksOn(hubPath(lang, audience))).toContain(guidePath(lang, audience, topic.id));
      }
    }
  });
});

describe('young people are told what a page on a sensitive topic covers before any detail', () => {
  const sensitive = topicInfo.filter((topic) => topic.sensitive);

  test('the sensitive topics are the ones the issue names', () => {
    expect(sensitive.map((topic) => topic.id).sort()).toEqual(
      ['fake-nudes', 'grooming', 'illegal-content', 'sextortion', 'sexual-harassment'].filter((id) =>
        topicInfo.some((topic) => topic.id === id),
      ),
    );
  });

  test.each(sensitive.map((topic) => topic.id))('/young-people/%s/', (id) => {
    const $ = parsedPage(guidePath('en', 'young-people', id));
    const note = positionOf($, 'main .content-note');

    expect(note).toBeGreaterThan(positionOf($, 'main h1'));
    expect(note).toBeLessThan(positionOf($, 'main .lead'));
    expect(note).toBeLessThan(positionOf($, 'main h2'));
  });

  test('other audiences’ guides and other topics carry no note', () => {
    for (const topic of topicInfo) {
      for (const audience of AUDIENCES) {
        const expected = topic.sensitive === true && audience === 'young-people';
        const $ = parsedPage(guidePath('en', audience, topic.id));
        expect($('.content-note').length > 0, `${audience}/${topic.id}`).toBe(expected);
      }
    }
  });
});

describe.each(LANGS)('the glossary in %s', (lang) => {
  const $ = parsedPage(termsPath(lang));

  test.each(glossaryOf(lang).map((entry) => [entry.term, entry] as const))(
    'explains "%s" at its own anchor',
    (term, entry) => {
      const anchor = $(`[id="${entry.id}"]`);

      expect(anchor.is('div.terms__entry'), entry.id).toBe(true);
      expect(anchor.children().first().is('dt'), entry.id).toBe(true);
      expect(anchor.children().first().text()).toBe(term);
      for (const avoided of entry.insteadOf ?? []) expect(anchor.text()).toContain(avoided);
    },
  );
});

describe('the page for schools', () => {
  const $ = parsedPage('/schools/');
  /** Each address the page offers to copy: the link, the words it shows and the address its button copies. */
  const copyLinks = $('.copy-link')
    .toArray()
    .map((entry) => {
      const link = $(entry).find('a.copy-link__url');
      const button = $(entry).find('button[data-copy-url]');
      return { href: link.attr('href'), shown: link.text(), copied: button.attr('data-copy-url') };
    });

  test('lists every guide and checklist by its full address, each with a Copy link button', () => {
    for (const audience of AUDIENCES) {
      for (const topic of topicInfo) {
        for (const path of [guidePath('en', audience, topic.id), checklistPath('en', audience, topic.id)]) {
          const fullAddress = new RegExp(`^https://[^/]+${path}$`);
          const offered = copyLinks.find(({ href }) => href !== undefined && fullAddress.test(href));

          expect(offered, path).toBeDefined();
          expect(offered!.shown, path).toBe(offered!.href);
          expect(offered!.copied, path).toBe(offered!.href);
        }
      }
    }
  });

  test.each(AUDIENCES)('links to one printable pack of every checklist for %s', (audience) => {
    expect(linkTargets($)).toContain(checklistPackPath('en', audience));

    const pack = parsedPage(checklistPackPath('en', audience));
    for (const topic of topicInfo) expect(textsOf(pack, 'h2')).toContain(`Checklist: ${topic.title}`);
    expect(pack('section.checklist')).toHaveLength(topicInfo.length);
  });
});
