/**
 * Places to get help: the help boxes on guides, hubs and checklists, the get-help pages, and the words that
 * describe a service (who it is for, what it does, where it works). The services' own words (name, summary,
 * hours) come with the services, in src/content/help-services/.
 */
import type { HelpGroup, HelpKind } from '../../schemas/help-service';

// English says "in the United Kingdom" but "in Australia": names that take "the". Add to it when a country
// whose name needs "the" gets its first service.
const TAKES_THE = new Set(['AE', 'BS', 'CD', 'CF', 'DO', 'GB', 'GM', 'KY', 'MV', 'NL', 'PH', 'SB', 'US', 'VA']);

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export default {
  /** The heading of every help box, the get-help page's title and its crumb. */
  whereToGetHelp: 'Where to get help',
  /**
   * The countries where most readers of this language live (ISO codes). A help box names their emergency and
   * crisis numbers and their best doors for the topic; every other country is a link to its page. (Every page
   * names every country: this only keeps the box short enough to load in one round trip.)
   */
  homeCountries: ['AU', 'GB', 'IE', 'US'] as readonly string[],
  /**
   * Where something is, in one or more countries, as it follows other words: "in Ireland and the United
   * Kingdom". Each country comes with its code and its name in this language; `list` joins words as the
   * language does ("A, B and C"). English says "in" once, and "the" before some names.
   */
  inCountries: (countries: readonly { code: string; name: string }[], list: (words: string[]) => string): string =>
    `in ${list(countries.map(({ code, name }) => (TAKES_THE.has(code) ? `the ${name}` : name)))}`,
  /**
   * The locale that joins the words about a service ("Adults, parents and carers, and professionals"): in
   * English, the serial comma of en-US keeps "parents and carers" together.
   */
  listLocale: 'en-US',
  /** Between a name and what follows it: "Childline: Free, confidential…", "Also: …". */
  colon: ': ',
  /** Links to the get-help pages: the services not tied to one country, and every place. */
  anywhereElse: 'Anywhere else',
  /** The help box (src/components/HelpBox.astro) on guides, hubs, the home page and the 404 page. */
  box: {
    /** The heading over the links to each country's services. */
    whereYouLive: 'Help where you live',
    /** Before the links to the countries whose doors the box does not name. */
    otherCountries: 'Other countries',
    /** The last line's link, and the rest of its sentence. */
    everyPlace: 'Every place to get help',
    everyPlaceAfter: ', with the page where we checked each number and link.',
  },
  /** The short help box on a printable checklist (src/components/ChecklistHelp.astro). */
  checklist: {
    /** The label of the menu of places, and its first choice: the services not tied to one country. */
    showHelpFor: 'Show help for',
    anywhere: 'Anywhere',
    allPlaces: 'All places to get help',
    /** On paper, instead of the link: `url` is the get-help page's full address. */
    allPlacesPrinted: (url: string) => `All places to get help, with sources: ${url}`,
  },
  /** The first lines of every help box (src/components/FirstLines.astro): the emergency number, then crisis lines. */
  firstLines: {
    /** When no emergency number is known for the place. */
    emergencyNone: 'If you are in danger now, call your local emergency number.',
    /** Before one country's emergency numbers: "… call 999." */
    emergencyCall: 'If you are in danger now, call',
    /** Before every country's: "… number: 000 in Australia, … or 911 in the United States." */
    emergencyCallLocal: 'If you are in danger now, call your local emergency number:',
    /** The start of the crisis line's sentence; one of the two endings below follows. */
    crisis: 'If you feel like ending your life or hurting yourself,',
    /** When no crisis line is known for the place: these words, a link to the get-help page, and a full stop. */
    crisisNone: 'tell someone now: call your local emergency number, or find a ',
    crisisNoneLink: 'helpline where you live',
    /** Before the crisis lines: "Samaritans on 116 123 in …". */
    crisisLines: 'a crisis line can help now:',
    /** Between a line's name and its number to call, or to text. */
    on: ' on ',
    text: ', text ',
  },
  /** The services chosen for a help box (src/components/HelpPicks.astro). */
  picks: {
    /** The apps' reporting pages, on one line: "Report it to the app: how to report and block on Instagram · …". */
    apps: 'Report it to the app',
    appsAfter: ': how to report and block on ',
    /** The link to where the apps' pages come from, and what screen readers hear after it. */
    appsSources: 'sources',
    appsSourcesFor: ' for the apps’ pages',
  },
  /** Where a service's details come from (src/components/SourceChecked.astro). */
  source: {
    /** In a list, "(source, checked 1 December 2026)": the link, and what screen readers hear after it. */
    link: 'source',
    linkFor: (what: string) => ` for ${what}`,
    /** Before the day the details were checked. */
    checked: ', checked ',
    /** In a service's entry, "Source: childline.org.uk, checked 1 December 2026.": before the site, and after it. */
    label: 'Source: ',
    siteFor: (what: string) => `, for ${what}`,
  },
  /** Ways to reach a service, in a help box (ServiceContacts.astro) and in its entry (ServiceEntry.astro). */
  contact: {
    /** Before a number: "Call 0800 1111", "Text 85258". */
    call: 'Call ',
    text: 'Text ',
    /** The chat link, and what screen readers hear after it. */
    chat: 'Chat online',
    chatWith: (name: string) => ` with ${name}`,
  },
  /** The labels of the facts in a service's entry on a get-help page (ServiceEntry.astro). */
  facts: {
    for: 'For',
    where: 'Where',
    does: 'What it does',
    call: 'Call',
    text: 'Text',
    chat: 'Chat',
    web: 'Website',
    hours: 'Open',
    runBy: 'Run by',
  },
  /** What each kind of help is called: the heading of its group on a get-help page, and a few words in a list. */
  kinds: {
    emergency: { heading: 'In an emergency', label: 'emergencies' },
    crisis: { heading: 'If you feel like hurting yourself', label: 'support if you feel like hurting yourself' },
    talk: { heading: 'Talk to someone', label: 'someone to talk to' },
    police: { heading: 'Tell the police', label: 'reporting to the police' },
    'report-images': { heading: 'Report sexual images of children', label: 'reporting sexual images of children' },
    'remove-images': { heading: 'Get nude images taken down', label: 'getting nude images taken down' },
    'report-to-platform': { heading: 'Report it to the app or site', label: 'reporting to an app or site' },
    advice: { heading: 'Advice and help with reporting', label: 'advice' },
  } satisfies Record<HelpKind, { heading: string; label: string }>,
  /** Before the services a group links to, listed in full under another heading; "See:" when it has none of its own. */
  also: 'Also:',
  see: 'See:',
  /** Who a service is for, in a list ("Young people, adults…"), then with its ages, if any. */
  groups: {
    'young-people': 'young people',
    adults: 'adults',
    parents: 'parents and carers',
    professionals: 'professionals',
  } satisfies Record<HelpGroup, string>,
  /** "Young people aged 18 and under": `who` is the list of groups, already capitalised. */
  forAges: (who: string, min?: number, max?: number): string => {
    if (min !== undefined && max !== undefined) return `${who} aged ${min} to ${max}`;
    if (max !== undefined) return `${who} aged ${max} and under`;
    if (min !== undefined) return `${who} aged ${min} and over`;
    return who;
  },
  /** Where a service not tied to one country works. */
  international: 'International',
  /** The get-help page (`/get-help/`). */
  index: {
    /** `inCountries` is "in Australia, Belgium… and the United States" (see `inCountries`). */
    description: (inCountries: string) =>
      `Emergency numbers, helplines and places to report online harm ${inCountries}, and services that work from anywhere.`,
    inDanger: 'If you are in danger now',
    callLocal: 'Call your local emergency number.',
    /** Before a country's emergency number: "In the United Kingdom, call 999." */
    callIn: (inCountries: string) => `${capitalise(inCountries)}, call `,
    elsewhereCall: 'Anywhere else, call your local emergency number.',
    chooseWhere: 'Choose where you live',
    chooseIntro:
      'Each country’s page lists its helplines, the police and places to report, then the services not tied to one country. Nothing you choose here is saved.',
    anywhereIntro:
      'These services are not tied to one country. Each shows the page where we found its details and when we checked them.',
  },
  /** A country's get-help page (`/get-help/gb/`); `inCountry` is "in the United Kingdom" (see `inCountries`). */
  country: {
    title: (inCountry: string) => `Where to get help ${inCountry}`,
    description: (inCountry: string) =>
      `Emergency numbers, helplines and places to report online harm ${inCountry}, each with the page where we checked it.`,
    intro: (inCountry: string) =>
      `Services ${inCountry} come first under each heading, then those not tied to one country. Each shows the page where we found its details and when we checked them.`,
    /** The heading over the links to the other countries' pages. */
    elsewhere: 'Somewhere else',
  },
};
