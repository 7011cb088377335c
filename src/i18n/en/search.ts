/**
 * Search: the search box on every page, the search page (/search/), the search dialog, and the glossary's lists of
 * other words. The dialog is bundled apart and must not import dictionaries, so what it and the search page's
 * script need is `browser`, sent with the vocabulary (`/search/words.json`, `src/pages/[...lang]/search/
 * words.json.ts`): only plain strings and templates there, never functions.
 */

/**
 * A line of keyboard hints: text, and keys shown as <kbd> (`{ key: 'Enter' }`), in reading order. Spaces are
 * written out, as the line is shown exactly as listed.
 */
export type KeyHint = (string | { key: string })[];

/**
 * A sentence with a number in it, in the forms the language needs, by `Intl.PluralRules` category of the
 * number (English and French need `one` and `other`; French says 0 in the `one` form). `{n}` is the number.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export default {
  /**
   * The search's name: the search page's title and heading, and the label of every search box (the header's
   * hides it but screen readers still hear it) and of the dialog.
   */
  title: 'Search the guides',
  /** The search box's button (it goes to the search page without JavaScript). */
  button: 'Search',
  /** The search page (/search/). */
  page: {
    description: 'Search every guide by the words you would use, and choose who it is for.',
    /** Its crumb in the breadcrumb trail. */
    breadcrumb: 'Search',
    intro: 'Type the words you would use, for example “blackmail”, “stranger” or “nudes”. Results appear as you type.',
    /** Without JavaScript, above the doors to the three audiences' guides. */
    noScript:
      'Search needs JavaScript, which is turned off in this browser. You can still reach every guide: choose who you are below.',
    /** The filter by audience: its name and its first choice, all audiences. */
    showFor: 'Show guides for',
    everyone: 'Everyone',
    /** Added to the results' status line while the filter shows one audience's guides. */
    showingOnly: {
      'young-people': 'Showing guides for young people only.',
      parents: 'Showing guides for parents and carers only.',
      counsellors: 'Showing guides for helpline counsellors only.',
    },
    keys: [
      { key: '↑' },
      ' ',
      { key: '↓' },
      ' to choose, ',
      { key: 'Enter' },
      ' to open, ',
      { key: 'Ctrl' },
      '+',
      { key: 'Enter' },
      ' to open in a new tab.',
    ] as KeyHint,
  },
  /** The glossary (Glossary.astro): an entry's other names, and the words it replaces. */
  glossary: {
    /** One word as the glossary quotes it. */
    quote: (word: string) => `“${word}”`,
    /** `words` is the quoted words, with commas between. */
    also: (words: string) => `Also called ${words}.`,
    insteadOf: (words: string) => `We say this instead of ${words}.`,
  },
  /**
   * What the search dialog and the search page's script say and show: sent to the browser with the vocabulary
   * (words.json), so plain strings and templates only. `{q}` is what the reader typed, `{n}` a number.
   */
  browser: {
    /** The dialog's button that closes it, and the word a screen reader hears after it ("Close search"). */
    close: 'Close',
    closeWhat: 'search',
    /** The dialog's empty box: on most pages, and on counsellors' pages. */
    placeholder: 'For example: blackmail, stranger',
    counsellorPlaceholder: 'Type the caller’s words',
    /** The dialog's filter on counsellors' pages, and what the status line adds while it is on. */
    counsellorsOnly: 'Counsellor guides only',
    counsellorsOnlyNote: 'Showing counsellor guides only.',
    /** The list of results' name for screen readers. */
    results: 'Guides found',
    keys: [
      { key: '↑' },
      ' ',
      { key: '↓' },
      ' to choose, ',
      { key: 'Enter' },
      ' to open (',
      { key: 'Ctrl' },
      '+',
      { key: 'Enter' },
      ' in a new tab), ',
      { key: 'Esc' },
      ' to close.',
    ] as KeyHint,
    /** After the keys, on counsellors' pages only. */
    scopeKey: [
      'With “Counsellor guides only” on, ',
      { key: 'Backspace' },
      ' in the empty box turns it off.',
    ] as KeyHint,
    /** The dialog's link to the search page. */
    more: 'All results, with filters',
    /** The status line, read out as results change. */
    found: { one: '{n} guide found for “{q}”.', other: '{n} guides found for “{q}”.' } as Plural,
    /** When nothing matches well: the closest guides are listed, then a way to talk to someone. */
    weak: {
      one: 'No guide matches “{q}” closely. Here are the closest one, and where to talk to someone now.',
      other: 'No guide matches “{q}” closely. Here are the closest {n} guides, and where to talk to someone now.',
    } as Plural,
    /** A counsellor guide's call card's red flags, offered under the guide (CallCard.astro's heading). */
    redFlags: 'Red flags',
    /**
     * What a screen reader says for a guide's row (`{audience}` from `audienceFor`), and for a row that links
     * into a guide (`{section}` is the section's heading, `{guide}` the guide's title and audience's label).
     */
    guideLabel: '{guide}, {audience}',
    sectionLabel: '{section}: {guide}',
    audienceFor: {
      'young-people': 'for young people',
      parents: 'for parents and carers',
      counsellors: 'for helpline counsellors',
    },
    /** The last row whenever nothing matches well: the way to a person to talk to (the help page). */
    help: {
      title: 'Talk to someone now',
      summary: 'Helplines, crisis lines and the police where you live',
      label: 'Talk to someone now: helplines, crisis lines and the police where you live',
    },
  },
};
