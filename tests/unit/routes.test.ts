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
import { pageTitle, SITE_NAME } from '../../src/lib/site';

describe('routes', () => {
  test('returns readable addresses that end in a slash', () => {
    expect(hubPath('young-people')).toBe('/young-people/');
    expect(guidePath('parents', 'sextortion')).toBe('/parents/sextortion/');
    expect(checklistPath('counsellors', 'unsolicited-contact')).toBe('/counsellors/unsolicited-contact/checklist/');
  });

  test('returns the search page with the query encoded', () => {
    expect(searchPath()).toBe('/search/');
    expect(searchPath("he'll send my pics")).toBe('/search/?q=he%27ll+send+my+pics');
  });

  test('returns where to get help, for anywhere or for one country in lower case', () => {
    expect(getHelpPath()).toBe('/get-help/');
    expect(getHelpPath('GB')).toBe('/get-help/gb/');
  });

  test('returns a full address for print from a path and the site', () => {
    expect(absoluteUrl('/parents/sextortion/', 'https://example.org')).toBe('https://example.org/parents/sextortion/');
  });
});

describe('pageTitle', () => {
  test('puts the page first and the site name last', () => {
    expect(pageTitle('Sextortion')).toBe(`Sextortion – ${SITE_NAME}`);
    expect(pageTitle(SITE_NAME)).toBe(SITE_NAME);
  });
});

describe('guideOfPath', () => {
  test('reads the audience and topic of a guide, or of a link into it', () => {
    expect(guideOfPath('/parents/sextortion/')).toEqual({ audience: 'parents', topic: 'sextortion' });
    expect(guideOfPath('/counsellors/fake-nudes/#red-flags')).toEqual({ audience: 'counsellors', topic: 'fake-nudes' });
  });

  test('is undefined for any other page', () => {
    for (const path of ['/', '/parents/', '/parents/sextortion/checklist/', '/get-help/gb/', '/teachers/sextortion/']) {
      expect(guideOfPath(path), path).toBeUndefined();
    }
  });
});
