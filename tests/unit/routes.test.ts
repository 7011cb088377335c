import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  checklistPath,
  getHelpPath,
  guideOfPath,
  guidePath,
  hubPath,
  searchPath,
} from '../../src/lib/routes';
import { entryLang, langOfPath, pathInLang } from '../../src/i18n/languages';
import { pageTitle } from '../../src/lib/titles';

const SITE_NAME = 'Online Safety Guides';

describe('routes', () => {
  test('returns readable addresses that end in a slash', () => {
    expect(hubPath('en', 'young-people')).toBe('/young-people/');
    expect(guidePath('en', 'parents', 'sextortion')).toBe('/parents/sextortion/');
    expect(checklistPath('en', 'counsellors', 'unsolicited-contact')).toBe(
      '/counsellors/unsolicited-contact/checklist/',
    );
  });

  test('puts other languages under their code, the same address after it', () => {
    expect(hubPath('fr', 'young-people')).toBe('/fr/young-people/');
    expect(guidePath('fr', 'parents', 'sextortion')).toBe('/fr/parents/sextortion/');
    expect(searchPath('fr', 'chantage')).toBe('/fr/search/?q=chantage');
    expect(getHelpPath('fr', 'BE')).toBe('/fr/get-help/be/');
  });

  test('returns the search page with the query encoded', () => {
    expect(searchPath('en')).toBe('/search/');
    expect(searchPath('en', "he'll send my pics")).toBe('/search/?q=he%27ll+send+my+pics');
  });

  test('returns where to get help, for anywhere or for one country in lower case', () => {
    expect(getHelpPath('en')).toBe('/get-help/');
    expect(getHelpPath('en', 'GB')).toBe('/get-help/gb/');
  });

  test('returns a full address for print from a path and the site', () => {
    expect(absoluteUrl('/parents/sextortion/', 'https://example.org')).toBe('https://example.org/parents/sextortion/');
  });
});

describe('pageTitle', () => {
  test('puts the page first and the site name last', () => {
    expect(pageTitle('Sextortion', SITE_NAME)).toBe(`Sextortion – ${SITE_NAME}`);
    expect(pageTitle(SITE_NAME, SITE_NAME)).toBe(SITE_NAME);
  });
});

describe('guideOfPath', () => {
  test('reads the audience and topic of a guide, or of a link into it', () => {
    expect(guideOfPath('/parents/sextortion/')).toEqual({ lang: 'en', audience: 'parents', topic: 'sextortion' });
    expect(guideOfPath('/counsellors/fake-nudes/#red-flags')).toEqual({
      lang: 'en',
      audience: 'counsellors',
      topic: 'fake-nudes',
    });
    expect(guideOfPath('/fr/parents/sextortion/')).toEqual({ lang: 'fr', audience: 'parents', topic: 'sextortion' });
  });

  test('is undefined for any other page', () => {
    for (const path of [
      '/',
      '/fr/',
      '/parents/',
      '/parents/sextortion/checklist/',
      '/get-help/gb/',
      '/teachers/sextortion/',
    ]) {
      expect(guideOfPath(path), path).toBeUndefined();
    }
  });
});

describe('languages in addresses', () => {
  test('reads the language of a page from its address', () => {
    expect(langOfPath('/parents/sextortion/')).toBe('en');
    expect(langOfPath('/fr/parents/sextortion/')).toBe('fr');
    expect(langOfPath('/fr/')).toBe('fr');
    expect(langOfPath('/')).toBe('en');
    expect(langOfPath('/french/')).toBe('en');
  });

  test('gives the same page in another language, and back', () => {
    expect(pathInLang('/parents/sextortion/', 'fr')).toBe('/fr/parents/sextortion/');
    expect(pathInLang('/fr/parents/sextortion/', 'en')).toBe('/parents/sextortion/');
    expect(pathInLang('/', 'fr')).toBe('/fr/');
    expect(pathInLang('/fr/', 'en')).toBe('/');
  });

  test("reads a content entry's language from its folder", () => {
    expect(entryLang('fr/sextortion/parents')).toEqual({ lang: 'fr', id: 'sextortion/parents' });
    expect(entryLang('sextortion/parents')).toEqual({ lang: 'en', id: 'sextortion/parents' });
    expect(entryLang('fr')).toEqual({ lang: 'en', id: 'fr' });
  });
});
