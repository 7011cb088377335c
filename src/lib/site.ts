/** Facts about the site itself, used in titles, the header and the about page. */
export const SITE_NAME = 'Online Safety Guides';

/** What the site is, in one line: the home page's description. */
export const SITE_TAGLINE =
  'Clear, trusted advice when something goes wrong online, for young people, parents and carers, and helpline counsellors.';

/** The browser tab's title: the page's own title first, so tabs and bookmarks can be told apart. */
export const pageTitle = (title: string): string => (title === SITE_NAME ? SITE_NAME : `${title} – ${SITE_NAME}`);
