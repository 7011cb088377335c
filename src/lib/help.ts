/**
 * Which places to get help a reader is shown, and in what order. Pure functions over the help services
 * (`src/content/help-services/`, fields in `src/schemas/help-service.ts`), so every choice is unit-tested.
 */
import type { Audience } from './audiences';
import { countryName } from './countries';
import { collator, listFormat } from './intl';
import { dictionary, type Lang } from '../i18n';
import {
  HELP_GROUPS,
  HELP_KINDS,
  INTERNATIONAL,
  type HelpGroup,
  type HelpKind,
  type HelpServiceData,
} from '../schemas/help-service';

export { HELP_KINDS, INTERNATIONAL, type HelpKind };

/** A help service with its id: the name of its file, and its anchor on the get-help pages. */
export type HelpService = HelpServiceData & { id: string };

/**
 * How the pages name each kind of help in a language: the heading of its group, and a few words in a list
 * (`help.kinds` in the dictionaries).
 */
export const helpKindInfo = (kind: HelpKind, lang: Lang): { heading: string; label: string } =>
  dictionary(lang).help.kinds[kind];

/** What a help box offers on pages about no one topic (home, hubs, 404); a guide offers its topic's `help`. */
export const GENERAL_HELP: readonly HelpKind[] = ['talk', 'remove-images', 'report-images', 'report-to-platform'];

/** Which of a service's `for` groups each audience belongs to. */
const GROUPS_BY_AUDIENCE: Record<Audience, readonly HelpGroup[]> = {
  'young-people': ['young-people'],
  parents: ['parents', 'adults'],
  // Counsellors pass on callers of every age, so every service is theirs to know.
  counsellors: HELP_GROUPS,
};

/** The ages every guide is about: young people of about 11 to 17. */
const GUIDE_AGES = { min: 11, max: 17 } as const;

/**
 * True when a service can help the audience with a young person's problem: it is for one of the audience's
 * groups (any, without an audience) and its age limits, if any, include some of 11 to 17.
 */
export function isFor(service: HelpService, audience?: Audience): boolean {
  const { min = 0, max = Number.POSITIVE_INFINITY } = service.ages ?? {};
  if (max < GUIDE_AGES.min || min > GUIDE_AGES.max) return false;
  return !audience || service.for.some((group) => GROUPS_BY_AUDIENCE[audience].includes(group));
}

const isInternational = (service: HelpService): boolean => service.countries.includes(INTERNATIONAL);

/** Countries in alphabetical order of their names in a language. */
const byCountryName = (lang: Lang) => {
  const { compare } = collator(dictionary(lang).meta.locale);
  return (a: string, b: string): number => compare(countryName(a, lang), countryName(b, lang));
};

/**
 * An app's or site's own page on reporting and blocking (Instagram, Roblox…). Boxes show them together on one
 * line, so that no app is picked over another and the reader finds the one they use.
 */
export const isAppPage = (service: HelpService): boolean =>
  isInternational(service) && service.does.length === 1 && service.does[0] === 'report-to-platform';

/** An app page's app, named before the colon: "Instagram" for "Instagram: report and block". */
export const appName = (service: HelpService): string => service.name.split(':')[0].trim();

/**
 * The countries with services of their own (GB, US, AU…), in alphabetical order of their names in the page's
 * language (the default language's when the order does not matter).
 */
export function countriesWithServices(services: HelpService[], lang: Lang): string[] {
  const codes = new Set(services.flatMap((service) => service.countries).filter((code) => code !== INTERNATIONAL));
  return [...codes].sort(byCountryName(lang));
}

/** The services for a country: its own and the international ones. Without a country, the international ones. */
export const servicesFor = (services: HelpService[], country?: string): HelpService[] =>
  services.filter(
    (service) => isInternational(service) || (country !== undefined && service.countries.includes(country)),
  );

/** A country's own services, without the international ones. */
export const servicesIn = (services: HelpService[], country: string): HelpService[] =>
  services.filter((service) => service.countries.includes(country));

/** Services' names in one order whatever the page's language, so every page ranks them alike. */
const byName = collator('en').compare;

/** A country's own services before the international ones, then by name. */
const byPlaceThenName = (a: HelpService, b: HelpService): number =>
  Number(isInternational(a)) - Number(isInternational(b)) || byName(a.name, b.name);

export interface KindGroup {
  kind: HelpKind;
  /** Services mainly for this kind of help (the first of their `does`): listed here in full. */
  main: HelpService[];
  /** Services that also do it but are listed in full under another heading: linked from here. */
  also: HelpService[];
}

/** Services grouped by what they do, in the fixed order of HELP_KINDS (emergency first); empty groups left out. */
export function groupByKind(services: HelpService[]): KindGroup[] {
  return HELP_KINDS.map((kind) => ({
    kind,
    main: services.filter((service) => service.does[0] === kind).sort(byPlaceThenName),
    also: services.filter((service) => service.does.indexOf(kind) > 0).sort(byPlaceThenName),
  })).filter((group) => group.main.length > 0 || group.also.length > 0);
}

export interface HelpPick {
  kind: HelpKind;
  /** Services chosen for this kind of help, best first. */
  services: HelpService[];
  /** Apps' own reporting pages, shown together as one line; empty when none were chosen. */
  apps: HelpService[];
}

/**
 * Up to `limit` places to get help for an audience, for the kinds of help given, most needed first. Each
 * round offers every kind its next best service in turn, so one kind cannot crowd out the others, and at most
 * `perKind` rounds are played. A service already chosen for an earlier kind serves this one too: the kind's turn
 * passes. All apps' pages together count as one. Emergency numbers are left out: every box gives them first.
 */
export function chooseHelp(
  services: HelpService[],
  {
    kinds,
    audience,
    limit,
    perKind = Number.POSITIVE_INFINITY,
  }: { kinds: readonly HelpKind[]; audience?: Audience; limit: number; perKind?: number },
): HelpPick[] {
  const eligible = services.filter((service) => isFor(service, audience) && !service.does.includes('emergency'));
  const queues = kinds.map((kind) => {
    const doing = eligible.filter((service) => service.does.includes(kind));
    // Best first: services mainly for this kind, then those that also do it; a country's own before international.
    const ranked = doing
      .filter((service) => !isAppPage(service))
      .sort((a, b) => Number(a.does[0] !== kind) - Number(b.does[0] !== kind) || byPlaceThenName(a, b));
    const apps = doing.filter(isAppPage);
    return { kind, units: [...ranked.map((service) => [service]), ...(apps.length > 0 ? [apps] : [])] };
  });

  const chosen = new Map<HelpKind, HelpService[]>(kinds.map((kind) => [kind, []]));
  const used = new Set<string>();
  let slots = 0;
  for (let round = 0; round < perKind && slots < limit; round += 1) {
    const offers = queues.filter(({ units }) => round < units.length);
    if (offers.length === 0) break;
    for (const { kind, units } of offers) {
      if (slots >= limit) break;
      const unit = units[round];
      if (unit.some((service) => used.has(service.id))) continue;
      for (const service of unit) used.add(service.id);
      chosen.get(kind)!.push(...unit);
      slots += 1;
    }
  }

  return kinds
    .map((kind) => {
      const picked = chosen.get(kind)!;
      return { kind, services: picked.filter((service) => !isAppPage(service)), apps: picked.filter(isAppPage) };
    })
    .filter((pick) => pick.services.length > 0 || pick.apps.length > 0);
}

/** The lines every help box names first, each with a number to call or text: emergency, then crisis lines. */
export type FirstLineKind = Extract<HelpKind, 'emergency' | 'crisis'>;

/** A first line and the countries where it answers (all of them, or only the one asked for). */
export interface FirstLine {
  service: HelpService;
  countries: string[];
}

/**
 * The services mainly for `kind` with a number to reach them (to call, for emergencies; to call or text, for
 * crisis lines), in order of the first country they serve (by its name in `lang`), then name. With a country,
 * only its own lines. Help boxes name them before anything else.
 */
export function firstLines(services: HelpService[], kind: FirstLineKind, lang: Lang, country?: string): FirstLine[] {
  const byCountry = byCountryName(lang);
  return services
    .filter((service) => service.does[0] === kind && (service.phone || (kind === 'crisis' && service.text)))
    .map((service) => ({
      service,
      countries: service.countries
        .filter((code) => code !== INTERNATIONAL && (!country || code === country))
        .sort(byCountry),
    }))
    .filter((line) => line.countries.length > 0)
    .sort((a, b) => byCountry(a.countries[0], b.countries[0]) || byName(a.service.name, b.service.name));
}

/**
 * Joins the words about a service as the language does (`help.listLocale`): in English with the serial comma,
 * which keeps "parents and carers" together: "adults, parents and carers, and professionals".
 */
const listIn = (lang: Lang) => listFormat(dictionary(lang).help.listLocale, 'conjunction');
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Young people aged 18 and under", "Adults, parents and carers, and professionals"; « Jeunes jusqu’à 18 ans ». */
export function whoItIsFor(service: HelpService, lang: Lang): string {
  const { help } = dictionary(lang);
  const groups = capitalise(
    listIn(lang).format(HELP_GROUPS.filter((group) => service.for.includes(group)).map((group) => help.groups[group])),
  );
  const { min, max } = service.ages ?? {};
  return help.forAges(groups, min, max);
}

/** "Someone to talk to and advice"; « Écoute et conseils ». */
export const whatItDoes = (service: HelpService, lang: Lang): string =>
  capitalise(listIn(lang).format(service.does.map((kind) => helpKindInfo(kind, lang).label)));

/** "United Kingdom" (the countries a service works in), or "International" when it is not tied to one. */
export const whereItWorks = (service: HelpService, lang: Lang): string =>
  isInternational(service)
    ? dictionary(lang).help.international
    : listIn(lang).format(service.countries.map((code) => countryName(code, lang)));

/** A link's text when the address itself is shown: "childline.org.uk" for https://www.childline.org.uk/. */
export const siteOf = (url: string): string => new URL(url).hostname.replace(/^www\./, '');
