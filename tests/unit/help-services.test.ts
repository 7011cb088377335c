/** The help-service schema: each kind of bad entry stops the build with a line naming the file and the field. */
import { describe, expect, test } from 'vitest';
import { assertContentIsSound, checkHelpServices, schemaProblems, type ContentFile } from '../../src/lib/content-check';
import { asFile, siteContent } from '../helpers/content';
import { currentCode, isCountryCode } from '../../src/lib/countries';
import { helpServiceSchema, keypadDigits } from '../../src/schemas/help-service';

const PATH = 'src/content/help-services/childline.yaml';

const childline = {
  name: 'Childline',
  organisation: 'NSPCC',
  countries: ['GB'],
  for: ['young-people'],
  ages: { max: 18 },
  does: ['talk', 'advice'],
  phone: { dial: '0800 1111', tel: '08001111' },
  web: 'https://www.childline.org.uk/',
  hours: '24 hours',
  summary: 'Free, confidential UK helpline where under-19s can call or chat online with a counsellor.',
  translations: {
    fr: {
      summary: 'Ligne d’écoute gratuite et confidentielle au Royaume-Uni pour les moins de 19 ans.',
      hours: '24 h sur 24',
    },
  },
  source: 'https://www.childline.org.uk/get-support/',
  checked: new Date('2026-11-23'),
};

/**
 * The problems in Childline's file with some fields changed, as the build reports them (its schema as the
 * collection loads it, then its file name); `undefined` removes a field.
 */
const problemsWith = (changes: Record<string, unknown>, path = PATH): string[] => {
  const data = Object.fromEntries(
    Object.entries({ ...childline, ...changes }).filter(([, value]) => value !== undefined),
  );
  return [...schemaProblems({ path, data }, helpServiceSchema), ...checkHelpServices([{ path, data }])];
};

describe('checkHelpServices', () => {
  test('returns no problems for a sound entry', () => {
    expect(problemsWith({})).toEqual([]);
  });

  test('names an entry without a source', () => {
    expect(problemsWith({ source: undefined })).toEqual([`${PATH}: source: missing; this field is required`]);
  });

  test('names a source that is not an https address', () => {
    expect(problemsWith({ source: 'http://www.childline.org.uk/' })).toEqual([
      `${PATH}: source: must be a full https:// address`,
    ]);
  });

  test('names a web address that is not a full address', () => {
    expect(problemsWith({ web: 'childline.org.uk' })).toEqual([`${PATH}: web: must be a full https:// address`]);
  });

  test('names a chat address that is not https', () => {
    expect(problemsWith({ chat: 'http://www.childline.org.uk/chat' })).toEqual([
      `${PATH}: chat: must be a full https:// address`,
    ]);
  });

  test('names a tel with spaces or letters in it', () => {
    expect(problemsWith({ phone: { dial: '0800 1111', tel: '0800 1111' } })).toEqual([
      `${PATH}: phone › tel: must be digits, optionally starting with +, as in a tel: link`,
    ]);
    expect(problemsWith({ phone: { dial: '1-800-THE-LOST', tel: '1800THELOST' } })).toEqual([
      `${PATH}: phone › tel: must be digits, optionally starting with +, as in a tel: link`,
    ]);
  });

  test('names a tel that dials a different number from the one written', () => {
    expect(problemsWith({ phone: { dial: '0800 1111', tel: '08001112' } })).toEqual([
      `${PATH}: phone › tel: must be the digits of dial (letters count as the keypad digits under them)`,
    ]);
  });

  test('names a number YAML read as a number, which loses its leading 0', () => {
    expect(problemsWith({ phone: { dial: '0800 1111', tel: 8001111 } })).toEqual([
      `${PATH}: phone › tel: must be in quotes, e.g. "08001111", so YAML keeps it as written`,
    ]);
  });

  test('names a text number in the same way as a phone number', () => {
    expect(problemsWith({ text: { dial: '85258', tel: '85 258' } })).toEqual([
      `${PATH}: text › tel: must be digits, optionally starting with +, as in a tel: link`,
    ]);
  });

  test('names a country code that is not ISO 3166, suggesting the right one', () => {
    expect(problemsWith({ countries: ['UK'] })).toEqual([
      `${PATH}: countries › item 1: "UK" is not an ISO 3166 country code; use "GB"`,
    ]);
    expect(problemsWith({ countries: ['XY', 'gb'] })).toEqual([
      `${PATH}: countries › item 1: "XY" is not an ISO 3166 country code`,
      `${PATH}: countries › item 2: "gb" is not an ISO 3166 country code; use "GB"`,
    ]);
  });

  test('names a country written out in full', () => {
    expect(problemsWith({ countries: ['United Kingdom'] })).toEqual([
      `${PATH}: countries › item 1: "United Kingdom" is not an ISO 3166 country code`,
    ]);
  });

  test('names a list that mixes international with country codes', () => {
    expect(problemsWith({ countries: ['GB', 'international'] })).toEqual([
      `${PATH}: countries: international stands alone; it cannot be listed with country codes`,
    ]);
  });

  test('names an empty list of countries', () => {
    expect(problemsWith({ countries: [] })).toEqual([
      `${PATH}: countries: needs at least one country code, or international`,
    ]);
  });

  test('names an unknown field', () => {
    expect(problemsWith({ telephone: '0800 1111' })).toEqual([`${PATH}: telephone: unknown field; check its spelling`]);
  });

  test('names an entry with no way to reach it', () => {
    expect(problemsWith({ phone: undefined, web: undefined })).toEqual([
      `${PATH}: phone: missing; a service needs at least one way to reach it: phone, text, chat or web`,
    ]);
  });

  test('names a group or a kind of help it does not know', () => {
    expect(problemsWith({ for: ['kids'], does: ['listen'] })).toEqual([
      `${PATH}: for › item 1: must be one of young-people, adults, parents, professionals`,
      `${PATH}: does › item 1: must be one of emergency, crisis, talk, police, report-images, remove-images, report-to-platform, advice`,
    ]);
  });

  test('names age limits the wrong way round', () => {
    expect(problemsWith({ ages: { min: 19, max: 5 } })).toEqual([`${PATH}: ages: min must not be above max`]);
  });

  test('names a summary that is too long', () => {
    expect(problemsWith({ summary: 'x'.repeat(141) })).toEqual([`${PATH}: summary: must be 140 characters or fewer`]);
  });

  test('names a file whose name cannot be an id', () => {
    expect(problemsWith({}, 'src/content/help-services/Child Line.yaml')).toEqual([
      'src/content/help-services/Child Line.yaml: help services must be named src/content/help-services/<id>.yaml, the id in lower-case words joined by hyphens',
    ]);
  });

  test('stops the build when a file name cannot be an id', () => {
    const file: ContentFile = { path: 'src/content/help-services/Childline.yaml', data: childline };

    expect(() => assertContentIsSound({ topics: [], guides: [], helpServices: [file] })).toThrow(
      [
        '1 content problem to fix:',
        '  - src/content/help-services/Childline.yaml: help services must be named src/content/help-services/<id>.yaml, the id in lower-case words joined by hyphens',
      ].join('\n'),
    );
  });
});

test('the site’s own help services are sound', async () => {
  const { helpServices } = siteContent();

  expect(helpServices.length).toBeGreaterThan(0);
  expect(checkHelpServices(helpServices.map(asFile))).toEqual([]);
});

describe('keypadDigits', () => {
  test('turns letters into the digits under them on a phone keypad', () => {
    expect(keypadDigits('1-800-THE-LOST')).toBe('18008435678');
    expect(keypadDigits('1-800-4-A-CHILD')).toBe('18004224453');
    expect(keypadDigits('0800 1111')).toBe('08001111');
  });
});

describe('country codes', () => {
  test('accepts ISO 3166-1 alpha-2 codes in upper case', () => {
    for (const code of ['GB', 'US', 'AU', 'DE', 'NZ']) expect(isCountryCode(code), code).toBe(true);
  });

  test('rejects lower case, informal, retired, grouping and unknown codes', () => {
    for (const code of ['gb', 'UK', 'YU', 'EU', 'UN', 'ZZ', 'XK', 'XY', 'GBR', ''])
      expect(isCountryCode(code), code).toBe(false);
  });

  test('knows the current code for an informal or retired one', () => {
    expect(currentCode('UK')).toBe('GB');
    expect(currentCode('YU')).toBe('RS');
    expect(currentCode('United Kingdom')).toBe('United Kingdom');
  });
});
