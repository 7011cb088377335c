import { describe, expect, test } from 'vitest';
import { absoluteUrl, checklistPath, getHelpPath, guidePath, hubPath, searchPath } from '../../src/lib/routes';
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
