/** Dates as the site shows them. Content dates are days (YYYY-MM-DD), read as midnight UTC. */

/** "23 November 2026". */
export const longDate = (date: Date): string =>
  date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-23", for a `<time datetime>`. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
