/** The frame of every page: the site's name, header, footer, breadcrumbs, quick exit and language switcher. */
export default {
  /** The site's name, in titles, the header and the about page. */
  name: 'Online Safety Guides',
  /** What the site is, in one line: the home page's description. */
  tagline:
    'Clear, trusted advice when something goes wrong online, for young people, parents and carers, and helpline counsellors.',
  skipToContent: 'Skip to main content',
  /** The skip link for screen-reader and speech users: the same exit as the red button, reachable first. */
  exitNow: 'Exit this page now',
  /** The main navigation's name for screen readers. */
  mainNav: 'Main',
  /** The first crumb of every breadcrumb trail. */
  home: 'Home',
  breadcrumbs: 'Breadcrumb',
  /** The language switcher: its name for screen readers, and the line before the links to other languages. */
  languages: 'Languages',
  readIn: 'Read this page in',
  quickExit: {
    button: 'Exit this page',
    hint: 'Or press Shift 3 times.',
    safety: 'Using this site safely',
    /** The tab's title while the page hides, before the exit page loads. */
    leavingTitle: 'Loading',
    /** Read out after each press of Shift: `{n}` is how many presses are left. */
    pressesLeft: 'Shift pressed. Press it {n} more times to leave this page.',
    pressLeft: 'Shift pressed. Press it 1 more time to leave this page.',
    leaving: 'Leaving this page.',
  },
  footer: {
    about: 'About these guides and their sources',
    search: 'Search',
    terms: 'Words we use',
    background: 'How young people use technology',
    schools: 'For schools',
    basedOn: 'Based on the Internet Safety Guides by the GSMA and Child Helpline International, and on police advice.',
    licenceBefore: 'Our own text is free to reuse under',
    licence: 'Creative Commons Attribution 4.0',
    leaveFast:
      'To leave fast, use the red Exit this page button or press Shift 3 times. This site sets no cookies and uses no trackers, but your browser still keeps a history:',
    safety: 'using this site safely',
  },
};
