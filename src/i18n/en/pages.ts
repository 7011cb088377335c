/** The site's own pages: home, the audiences' hubs, the schools page and its printable packs, and "page not found". */

/** An audience's names (from the audiences dictionary), so each language can choose which fits its sentence. */
interface AudienceNames {
  label: string;
  hubTitle: string;
}

export default {
  /** The label of the search boxes on the home page and the 404 page. */
  searchGuides: 'Search the guides',
  /** Over the three doors (hidden on the home page, shown on the 404 page). */
  chooseAdvice: 'Choose the advice written for you',
  home: {
    title: 'Help when something goes wrong online',
    /** Example words in the empty search box: words people really type, in this language. */
    placeholder: 'For example: blackmail, stranger, nudes',
    covers: 'What the guides cover',
    /** Between a topic's title and its description. */
    topicSep: ': ',
    /** After each topic: "Read it for young people, parents and carers or helpline counsellors." */
    readFor: 'Read it for',
    /** Each audience's link in that sentence, joined by the language's "or". */
    readForAudience: (audience: AudienceNames) => audience.label.toLowerCase(),
  },
  hub: {
    /** The hub's description: the audience's one line, then what the hub lists. */
    description: (audienceLine: string) => `${audienceLine} Guides on every topic, each with a printable checklist.`,
    /** Read by screen readers only, after "Printable checklist", to say whose checklist it is. */
    checklistOf: (guideTitle: string) => `: ${guideTitle}`,
  },
  schools: {
    /** The page's title, breadcrumb and heading, and the first crumb of each pack of checklists. */
    title: 'For schools',
    description:
      'Every guide and printable checklist with a link that will not change, ready to share with pupils and families.',
    lead: (siteName: string) =>
      `Every guide and checklist on ${siteName}, with its address. These addresses will not change, so they are safe to put in letters, newsletters and lesson plans.`,
    intro:
      'Send pupils the guide for young people, and families the guide for parents and carers. Each guide has a checklist that prints on one page. You can also print every checklist for one group at once.',
    /** The link to an audience's pack of checklists. */
    printAll: (n: number, audience: AudienceNames) => `Print all ${n} checklists for ${audience.label.toLowerCase()}`,
    /** Before each guide's and each checklist's address. */
    guide: 'Guide:',
    checklist: 'Checklist:',
  },
  /** `/schools/checklists/<audience>/`: every checklist for one audience, to print in one go. */
  pack: {
    /** The page's title and heading. */
    title: (audience: AudienceNames) => `All checklists for ${audience.label.toLowerCase()}`,
    description: (audience: AudienceNames) =>
      `Every printable checklist for ${audience.label.toLowerCase()}, one topic per page, to print in one go.`,
    crumb: (audience: AudienceNames) => `Checklists for ${audience.label.toLowerCase()}`,
    lead: (n: number) => `${n} checklists, one per topic. Each prints on its own page.`,
    print: (n: number) => `Print all ${n} checklists`,
  },
  /** The 404 page, shown in every language at once (a static host cannot tell which one the reader wanted). */
  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address. Search the guides or choose the advice written for you.',
    lead: 'There is no page at this address.',
    help: 'If you typed the address, check it is spelled correctly. If you followed a link, the page may have moved: search for it below, or choose who you are.',
    placeholder: 'For example: blackmail, stranger',
  },
};
