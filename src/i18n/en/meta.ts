/** Facts about the language itself. */
export default {
  /** The language's own name, as the language switcher shows it. */
  name: 'English',
  /** The BCP 47 tag: `<html lang>`, `hreflang`, and `Intl` for dates, lists and country names. */
  locale: 'en-GB',
  /** The direction the language is written in. */
  dir: 'ltr' as 'ltr' | 'rtl',
  /** How the language writes the first day of a month in a date, where it differs from "1" (French: « 1er »). */
  firstOfMonth: undefined as string | undefined,
  /** Where "Exit this page" goes: an everyday page, in the reader's language, that gives nothing away. */
  exitUrl: 'https://www.bbc.co.uk/weather',
};
