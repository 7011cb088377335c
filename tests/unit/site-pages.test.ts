import { describe, expect, test } from 'vitest';
import { brokenLinks, sitePages } from '../../src/lib/site-pages';

const pages = sitePages(['grooming', 'sextortion'], ['GB']);

describe('sitePages', () => {
  test("holds every audience's guides and checklists, the country pages and the site's other pages", () => {
    for (const path of [
      '/',
      '/parents/',
      '/parents/grooming/',
      '/counsellors/sextortion/checklist/',
      '/get-help/',
      '/get-help/gb/',
    ]) {
      expect(pages.has(path), path).toBe(true);
    }
    for (const path of [
      '/about/',
      '/terms/',
      '/search/',
      '/schools/',
      '/schools/checklists/parents/',
      '/using-this-site-safely/',
    ]) {
      expect(pages.has(path), path).toBe(true);
    }
    for (const path of ['/fr/', '/fr/parents/grooming/', '/fr/get-help/gb/', '/fr/about/']) {
      expect(pages.has(path), path).toBe(true);
    }
    expect(pages.has('/parents/privacy/')).toBe(false);
    expect(pages.has('/get-help/fr/')).toBe(false);
  });
});

describe('brokenLinks', () => {
  test('lists the links to pages the site does not have, whatever their section', () => {
    const text = [
      'Read [the grooming guide](/parents/grooming/) and its [red flags](/counsellors/grooming/#red-flags).',
      'Not [this one](/parents/grooming-old/), nor [that](/teachers/), but [CEOP](https://www.ceop.police.uk/) is not ours.',
    ].join('\n');

    expect(brokenLinks(text, pages)).toEqual(['/parents/grooming-old/', '/teachers/']);
  });

  test('finds nothing wrong in text with only good links', () => {
    expect(brokenLinks('See [help](/get-help/gb/#childline) and [home](/).', pages)).toEqual([]);
  });
});
