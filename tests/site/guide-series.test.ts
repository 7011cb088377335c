/** The whole series as readers meet it: reachable in two clicks, safe openings, the glossary and the schools page. */
import { describe, expect, test } from 'vitest';
import { AUDIENCES } from '../../src/lib/audiences';
import { entryId, readContent } from '../../src/build/content-files';
import { checklistPackPath, checklistPath, guidePath, hubPath } from '../../src/lib/routes';
import { readPage } from '../helpers/dist';

const root = new URL('../../', import.meta.url).pathname;
const { topics, glossary } = await readContent(root);
const topicInfo = topics.map((file) => ({
  id: entryId(file),
  ...(file.data as { title: string; sensitive?: boolean }),
}));

/** The site's own links on a page, as paths, without fragments. */
const linksOn = (path: string) =>
  [...readPage(path).matchAll(/<a [^>]*href="(\/[^"#?]*)/g)].map((match) => match[1]);

describe('every guide is two clicks from the home page', () => {
  const reached = new Set(linksOn('/').flatMap((first) => [first, ...linksOn(first)]));

  test.each(AUDIENCES.flatMap((audience) => topicInfo.map((topic) => guidePath(audience, topic.id))))('%s', (path) => {
    expect(reached).toContain(path);
  });

  test('by way of its audience hub', () => {
    for (const audience of AUDIENCES) {
      expect(linksOn('/')).toContain(hubPath(audience));
      for (const topic of topicInfo) expect(linksOn(hubPath(audience))).toContain(guidePath(audience, topic.id));
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
    const html = readPage(guidePath('young-people', id));
    const main = html.slice(html.indexOf('<main'));
    const note = main.indexOf('class="content-note"');

    expect(note).toBeGreaterThan(main.indexOf('<h1'));
    expect(note).toBeLessThan(main.indexOf('class="lead"'));
    expect(note).toBeLessThan(main.indexOf('<h2'));
  });

  test('other audiences’ guides and other topics carry no note', () => {
    for (const topic of topicInfo) {
      for (const audience of AUDIENCES) {
        const expected = topic.sensitive === true && audience === 'young-people';
        expect(readPage(guidePath(audience, topic.id)).includes('class="content-note"'), `${audience}/${topic.id}`).toBe(
          expected,
        );
      }
    }
  });
});

describe('the glossary at /terms/', () => {
  const html = readPage('/terms/');

  test.each(glossary.map((entry) => [entry.term, entry] as const))('explains "%s" at its own anchor', (term, entry) => {
    const id = entry.id;
    expect(html).toMatch(new RegExp(`<div class="terms__entry" id="${id}"[^>]*>\\s*<dt[^>]*>${term}</dt>`));
    for (const avoided of entry.insteadOf ?? []) expect(html).toContain(`“${avoided}”`);
  });
});

describe('the page for schools', () => {
  const html = readPage('/schools/');

  test('lists every guide and checklist by its full address, each with a Copy link button', () => {
    for (const audience of AUDIENCES) {
      for (const topic of topicInfo) {
        for (const path of [guidePath(audience, topic.id), checklistPath(audience, topic.id)]) {
          expect(html).toMatch(new RegExp(`<a class="copy-link__url" href="(https://[^/"]+${path})"[^>]*>\\1</a>`));
          expect(html).toMatch(new RegExp(`data-copy-url="https://[^/"]+${path}"`));
        }
      }
    }
  });

  test.each(AUDIENCES)('links to one printable pack of every checklist for %s', (audience) => {
    expect(html).toContain(`href="${checklistPackPath(audience)}"`);

    const pack = readPage(checklistPackPath(audience));
    for (const topic of topicInfo) expect(pack).toContain(`>Checklist: ${topic.title}</h2>`);
    expect(pack.match(/<section class="checklist"/g)).toHaveLength(topicInfo.length);
  });
});
