/** The browser tab's title: the page's own title first, so tabs and bookmarks can be told apart. */
export const pageTitle = (title: string, siteName: string): string =>
  title === siteName ? siteName : `${title} – ${siteName}`;
