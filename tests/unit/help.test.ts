/** Which places to get help each reader is shown: `src/lib/help.ts`. */
import { describe, expect, test } from 'vitest';
import { siteContent } from '../helpers/content';
import {
  appName,
  chooseHelp,
  countriesWithServices,
  firstLines,
  GENERAL_HELP,
  groupByKind,
  helpKindInfo,
  isAppPage,
  isFor,
  servicesFor,
  servicesIn,
  siteOf,
  whatItDoes,
  whereItWorks,
  whoItIsFor,
  type HelpService,
} from '../../src/lib/help';
import { countryName, inCountries } from '../../src/lib/countries';
import { longDate } from '../../src/lib/dates';

const everyone = ['young-people', 'adults', 'parents', 'professionals'] as HelpService['for'];

/** A service with just what a test needs; the rest filled in. */
const service = (id: string, fields: Partial<HelpService>): HelpService => ({
  id,
  name: id,
  organisation: 'Test',
  countries: ['international'],
  for: everyone,
  does: ['talk'],
  web: `https://${id}.example/`,
  summary: 'A service made up for a test, with a long enough summary.',
  source: `https://${id}.example/about`,
  checked: new Date('2026-11-23'),
  translations: {},
  ...fields,
});

const services: HelpService[] = [
  service('ukhelp', {
    name: 'UK helpline',
    countries: ['GB'],
    for: ['young-people'],
    ages: { max: 18 },
    does: ['talk', 'advice'],
  }),
  service('ukparents', {
    name: 'Parents line',
    countries: ['GB'],
    for: ['adults', 'parents'],
    does: ['talk', 'advice'],
  }),
  service('ukpolice', { name: 'Police 101', countries: ['GB'], does: ['police'] }),
  service('uk999', {
    name: 'Emergency 999',
    countries: ['GB'],
    does: ['emergency', 'police'],
    phone: { dial: '999', tel: '999' },
  }),
  service('ukremove', { name: 'Remove it', countries: ['GB'], for: ['young-people'], does: ['remove-images', 'talk'] }),
  service('usline', { name: 'US line', countries: ['US'], does: ['talk'] }),
  service('us911', {
    name: 'Emergency 911',
    countries: ['US'],
    does: ['emergency', 'police'],
    phone: { dial: '911', tel: '911' },
  }),
  service('au000', {
    name: 'Triple Zero',
    countries: ['AU'],
    does: ['emergency', 'police'],
    phone: { dial: '000', tel: '000' },
  }),
  service('child116', { name: '116 111', for: ['young-people'], does: ['talk'] }),
  service('adultsonly', { name: 'Adults images', for: ['adults'], ages: { min: 18 }, does: ['remove-images'] }),
  service('takedown', { name: 'Take down', does: ['remove-images'] }),
  service('appa', { name: 'Appa: report and block', for: ['young-people', 'adults'], does: ['report-to-platform'] }),
  service('appb', { name: 'Appb: report', for: ['young-people', 'adults'], does: ['report-to-platform'] }),
];

const ids = (list: HelpService[]) => list.map((entry) => entry.id);

describe('countries and places', () => {
  test('lists the countries with services of their own, by their names in the language', () => {
    expect(countriesWithServices(services, 'en')).toEqual(['AU', 'GB', 'US']);
    // Australie, États-Unis, Royaume-Uni.
    expect(countriesWithServices(services, 'fr')).toEqual(['AU', 'US', 'GB']);
  });

  test('gives a country its own services and the international ones; without a country, the international ones', () => {
    expect(ids(servicesFor(services, 'US'))).toEqual([
      'usline',
      'us911',
      'child116',
      'adultsonly',
      'takedown',
      'appa',
      'appb',
    ]);
    expect(ids(servicesFor(services))).toEqual(['child116', 'adultsonly', 'takedown', 'appa', 'appb']);
    expect(ids(servicesIn(services, 'US'))).toEqual(['usline', 'us911']);
  });

  test('lists the emergency numbers by the name of the country they serve', () => {
    expect(
      firstLines(services, 'emergency', 'en').map(
        ({ countries, service }) => `${countries.join('+')} ${service.phone?.dial}`,
      ),
    ).toEqual(['AU 000', 'GB 999', 'US 911']);
    expect(
      firstLines(services, 'emergency', 'fr').map(
        ({ countries, service }) => `${countries.join('+')} ${service.phone?.dial}`,
      ),
    ).toEqual(['AU 000', 'US 911', 'GB 999']);
  });

  test('lists crisis lines with a number to call or text, each with the countries it serves, or one country’s', () => {
    const crisis = [
      ...services,
      service('samaritans', {
        name: 'Samaritans',
        countries: ['GB', 'IE'],
        does: ['crisis', 'talk'],
        phone: { dial: '116 123', tel: '116123' },
      }),
      service('textline', {
        name: 'Text line',
        countries: ['US'],
        does: ['crisis'],
        text: { dial: '741741', tel: '741741' },
      }),
      service('webonly', { name: 'Web only', countries: ['AU'], does: ['crisis'] }),
      service('alsocrisis', {
        name: 'Also',
        countries: ['AU'],
        does: ['talk', 'crisis'],
        phone: { dial: '1800', tel: '1800' },
      }),
    ];

    expect(
      firstLines(crisis, 'crisis', 'en').map(({ countries, service }) => `${service.id} ${countries.join('+')}`),
    ).toEqual(['samaritans IE+GB', 'textline US']);
    expect(
      firstLines(crisis, 'crisis', 'en', 'GB').map(({ countries, service }) => `${service.id} ${countries.join('+')}`),
    ).toEqual(['samaritans GB']);
    expect(firstLines(crisis, 'crisis', 'en', 'AU')).toEqual([]);
    // An emergency line must be one to call: a text-only one would leave the reader without a number to dial.
    expect(
      firstLines(
        [service('sos', { countries: ['FR'], does: ['emergency'], text: { dial: '114', tel: '114' } })],
        'emergency',
        'en',
      ),
    ).toEqual([]);
  });
});

describe('groupByKind', () => {
  const groups = groupByKind(servicesFor(services, 'GB'));

  test('puts emergency first, then the fixed order of kinds, leaving out empty ones', () => {
    expect(groups.map((group) => group.kind)).toEqual([
      'emergency',
      'talk',
      'police',
      'remove-images',
      'report-to-platform',
      'advice',
    ]);
  });

  test("lists each service in full under what it is mainly for, the country's own first", () => {
    const talk = groups.find((group) => group.kind === 'talk')!;

    expect(ids(talk.main)).toEqual(['ukparents', 'ukhelp', 'child116']);
    expect(ids(talk.also)).toEqual(['ukremove']);
  });

  test('links a service from every other group it helps with', () => {
    const police = groups.find((group) => group.kind === 'police')!;

    expect(ids(police.main)).toEqual(['ukpolice']);
    expect(ids(police.also)).toEqual(['uk999']);
  });
});

describe('isFor', () => {
  test('offers young people only services for young people', () => {
    expect(isFor(services[0], 'young-people')).toBe(true);
    expect(isFor(services[1], 'young-people')).toBe(false);
  });

  test('offers parents services for parents or adults, and not those only for young people', () => {
    expect(isFor(services[1], 'parents')).toBe(true);
    expect(isFor(services[0], 'parents')).toBe(false);
  });

  test('offers counsellors services for anyone', () => {
    expect(services.filter((entry) => entry.id !== 'adultsonly').every((entry) => isFor(entry, 'counsellors'))).toBe(
      true,
    );
  });

  test('never offers a service whose age limits leave out every 11 to 17-year-old', () => {
    const adultsOnly = services.find((entry) => entry.id === 'adultsonly')!;

    expect(isFor(adultsOnly, 'parents')).toBe(false);
    expect(isFor(adultsOnly)).toBe(false);
    expect(isFor(service('small', { ages: { max: 10 } }))).toBe(false);
    expect(isFor(service('older', { ages: { min: 13 } }))).toBe(true);
  });
});

describe('chooseHelp', () => {
  test('takes the kinds in turn, most needed first, so none crowds out the others', () => {
    const picks = chooseHelp(servicesFor(services, 'GB'), {
      kinds: ['remove-images', 'police', 'talk'],
      audience: 'young-people',
      limit: 4,
    });

    expect(picks.map((pick) => [pick.kind, ids(pick.services)])).toEqual([
      ['remove-images', ['ukremove', 'takedown']],
      ['police', ['ukpolice']],
      ['talk', ['ukhelp']],
    ]);
  });

  test('leaves out emergency numbers, which every box gives first', () => {
    const picks = chooseHelp(services, { kinds: ['police'], limit: 10 });

    expect(picks.flatMap((pick) => ids(pick.services))).toEqual(['ukpolice']);
  });

  test("counts a service already chosen as serving the kind's turn", () => {
    const picks = chooseHelp(servicesIn(services, 'GB'), {
      kinds: ['talk', 'advice'],
      audience: 'young-people',
      limit: 3,
      perKind: 1,
    });

    expect(picks.map((pick) => [pick.kind, ids(pick.services)])).toEqual([['talk', ['ukhelp']]]);
  });

  test('plays at most perKind rounds', () => {
    const picks = chooseHelp(servicesFor(services, 'GB'), {
      kinds: ['talk'],
      audience: 'counsellors',
      limit: 4,
      perKind: 1,
    });

    expect(picks.flatMap((pick) => ids(pick.services))).toEqual(['ukparents']);
  });

  test("shows every app's page together, counted as one", () => {
    const picks = chooseHelp(services, { kinds: ['report-to-platform', 'talk'], audience: 'young-people', limit: 2 });

    expect(picks.map((pick) => [pick.kind, ids(pick.services), ids(pick.apps)])).toEqual([
      ['report-to-platform', [], ['appa', 'appb']],
      ['talk', ['ukhelp'], []],
    ]);
  });

  test('offers nothing an audience cannot use', () => {
    const picks = chooseHelp(servicesFor(services), {
      kinds: ['talk', 'remove-images'],
      audience: 'parents',
      limit: 4,
    });

    expect(picks.flatMap((pick) => ids(pick.services))).toEqual(['takedown']);
  });
});

describe('the kinds of help each topic offers first (its `help`)', () => {
  const helpOf = async () => new Map(siteContent().topics.map((topic) => [topic.id, topic.data.help]));

  test.each(['sextortion', 'fake-nudes', 'cyberbullying', 'inappropriate-content'])(
    'offers a crisis line first on %s, whose guides name a risk of suicide or self-harm',
    async (topic) => {
      expect((await helpOf()).get(topic)?.[0]).toBe('crisis');
    },
  );

  test('offers pages about no one topic someone to talk to first', () => {
    expect(GENERAL_HELP[0]).toBe('talk');
  });
});

describe('words about a service', () => {
  test('says who it is for, with its ages', () => {
    expect(whoItIsFor(services[0], 'en')).toBe('Young people aged 18 and under');
    expect(whoItIsFor(service('a', { ages: { min: 5, max: 25 } }), 'en')).toBe(
      'Young people, adults, parents and carers, and professionals aged 5 to 25',
    );
    expect(whoItIsFor(service('b', { for: ['adults'], ages: { min: 18 } }), 'en')).toBe('Adults aged 18 and over');
    expect(whoItIsFor(service('c', { for: ['parents'] }), 'en')).toBe('Parents and carers');
  });

  test('says what it does and where', () => {
    expect(whatItDoes(services[0], 'en')).toBe('Someone to talk to and advice');
    expect(whereItWorks(services[0], 'en')).toBe('United Kingdom');
    expect(whereItWorks(service('d', { countries: ['GB', 'IE'] }), 'en')).toBe('United Kingdom and Ireland');
    expect(whereItWorks(services[8], 'en')).toBe('International');
  });

  test('says who it is for, what it does and where in French', () => {
    expect(whoItIsFor(services[0], 'fr')).toBe('Jeunes jusqu’à 18 ans');
    expect(whoItIsFor(service('a', { ages: { min: 5, max: 25 } }), 'fr')).toBe(
      'Jeunes, adultes, parents et professionnels de 5 à 25 ans',
    );
    expect(whoItIsFor(service('b', { for: ['adults'], ages: { min: 18 } }), 'fr')).toBe('Adultes à partir de 18 ans');
    expect(whoItIsFor(service('c', { for: ['parents'] }), 'fr')).toBe('Parents');
    expect(whatItDoes(services[0], 'fr')).toBe('Écoute et conseils');
    expect(whatItDoes(services[4], 'fr')).toBe('Retrait d’images intimes et écoute');
    expect(whereItWorks(services[0], 'fr')).toBe('Royaume-Uni');
    expect(whereItWorks(service('d', { countries: ['GB', 'IE'] }), 'fr')).toBe('Royaume-Uni et Irlande');
    expect(whereItWorks(services[8], 'fr')).toBe('International');
  });

  test("names an app's page by its app, and a web address by its site", () => {
    expect(isAppPage(services[11])).toBe(true);
    expect(isAppPage(services[10])).toBe(false);
    expect(appName(services[11])).toBe('Appa');
    expect(siteOf('https://www.childline.org.uk/get-support/')).toBe('childline.org.uk');
  });
});

describe('places and days in each language', () => {
  test('names a country in the language', () => {
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryName('GB', 'fr')).toBe('Royaume-Uni');
    expect(countryName('US', 'fr')).toBe('États-Unis');
  });

  test('says "in" a country as the language does', () => {
    expect(inCountries(['GB'], 'en')).toBe('in the United Kingdom');
    expect(inCountries(['IE', 'GB'], 'en')).toBe('in Ireland and the United Kingdom');
    expect(inCountries(['AU', 'FR', 'US'], 'en')).toBe('in Australia, France and the United States');
    expect(
      ['GB', 'FR', 'BE', 'CH', 'CA', 'US', 'AU', 'IE', 'MA', 'LU'].map((code) => inCountries([code], 'fr')),
    ).toEqual([
      'au Royaume-Uni',
      'en France',
      'en Belgique',
      'en Suisse',
      'au Canada',
      'aux États-Unis',
      'en Australie',
      'en Irlande',
      'au Maroc',
      'au Luxembourg',
    ]);
    expect(inCountries(['BE', 'CA', 'US'], 'fr')).toBe('en Belgique, au Canada et aux États-Unis');
  });

  test('names the kinds of help in the language', () => {
    expect(helpKindInfo('talk', 'en').heading).toBe('Talk to someone');
    expect(helpKindInfo('talk', 'fr').heading).toBe('Parler à quelqu’un');
  });

  test('writes the day a service was checked in the language', () => {
    expect(longDate(new Date('2026-11-23'), 'en')).toBe('23 November 2026');
    expect(longDate(new Date('2026-11-23'), 'fr')).toBe('23 novembre 2026');
    expect(longDate(new Date('2026-12-01'), 'fr')).toBe('1er décembre 2026');
    expect(longDate(new Date('2026-12-01'), 'en')).toBe('1 December 2026');
    expect(longDate(new Date('2026-12-11'), 'fr')).toBe('11 décembre 2026');
  });
});

test('every app\'s page in the site\'s data is named "App: what the page covers"', async () => {
  const apps = siteContent()
    .helpServices.map((service) => ({ ...service.data, id: service.filePath }))
    .filter(isAppPage);

  expect(apps.length).toBeGreaterThan(0);
  for (const app of apps) expect(app.name, app.id).toMatch(/^[^:]+: \S/);
});
