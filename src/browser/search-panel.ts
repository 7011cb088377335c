/**
 * A search box and its list of results, keyboard first, shared by the search dialog (search-dialog.ts) and the
 * search page (src/pages/search/index.astro), so both search, list and move through results the same way.
 *
 * The box is an ARIA combobox and the list its listbox. Results appear as the reader types; ↑ and ↓ choose
 * (wrapping), Enter opens. Every option is a real link, so Ctrl/⌘-click or a middle click opens it in a new
 * tab: a counsellor keeps the call card open while checking another guide.
 */
import { searchPath } from '../lib/routes';
import { fillIn, plural, type Choice } from './search-choices';
import { loadGuideSearch, type FindOptions, type Found } from './guide-search';
import type { SearchStrings } from '../lib/search-pipeline';
import { langOfPath } from '../i18n/languages';

/** The page's language, from its address: search reads and links within it. */
const lang = langOfPath(location.pathname);

export interface PanelParts {
  input: HTMLInputElement;
  list: HTMLUListElement;
  status: HTMLElement;
  /** The link to the search page, kept pointing at the words typed (the dialog only). */
  more?: HTMLAnchorElement;
}

export interface PanelOptions {
  /** Which guides to look for, asked before every search: the filters may have changed. */
  scope(): FindOptions;
  /** A sentence about the filter, added to what the status line says ("Showing counsellor guides only."). */
  scopeNote(): string;
  /** Backspace in the empty box: return true if it did something (the dialog turns its filter off). */
  onEmptyBackspace?(): boolean;
}

// One download of the index and vocabulary per visit, started as soon as any panel is made, or before.
let guideSearch: ReturnType<typeof loadGuideSearch> | undefined;

/** Starts loading search (Pagefind, its page map and the vocabulary), once per visit. */
export const startSearch = (): ReturnType<typeof loadGuideSearch> => (guideSearch ??= loadGuideSearch());

export function searchPanel({ input, list, status, more }: PanelParts, options: PanelOptions) {
  startSearch();
  const prefix = list.id;
  let choices: Choice[] = [];
  let active = -1;
  let latest = 0;

  const optionId = (index: number) => `${prefix}-option-${index}`;

  function setActive(index: number): void {
    list.querySelector('[aria-selected="true"]')?.setAttribute('aria-selected', 'false');
    active = choices.length ? (index + choices.length) % choices.length : -1;
    const option = active >= 0 ? document.getElementById(optionId(active)) : null;
    option?.setAttribute('aria-selected', 'true');
    option?.scrollIntoView({ block: 'nearest' });
    if (option) input.setAttribute('aria-activedescendant', option.id);
    else input.removeAttribute('aria-activedescendant');
  }

  // Each option is itself the link (ARIA allows role="option" on a link): a link inside an option would be an
  // interactive control nested in another, which screen readers cannot reach.
  function optionFor(choice: Choice, index: number): HTMLLIElement {
    const item = document.createElement('li');
    item.setAttribute('role', 'none');
    const option = document.createElement('a');
    option.id = optionId(index);
    option.href = choice.url;
    option.tabIndex = -1;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.className = `search-option search-option--${choice.kind}`;
    // Without it, a screen reader would read a section's name alone, not which guide it is in.
    option.setAttribute('aria-label', choice.label);
    const part = (className: string, text: string) => {
      const span = document.createElement('span');
      span.className = className;
      span.textContent = text;
      option.append(span);
    };
    if (choice.kind === 'section') {
      part('search-option__section', choice.title);
    } else {
      if (choice.audience) part('search-option__audience', choice.audience);
      part('search-option__guide', choice.title);
      if (choice.summary) part('search-option__summary', choice.summary);
    }
    item.append(option);
    return item;
  }

  /** What the status line says: how many guides were found for the words typed, then the filter's note. */
  function describe(typed: string, found: Pick<Found, 'guides' | 'weak'>, strings?: SearchStrings): string {
    const note = options.scopeNote();
    if (!typed || !strings) return note;
    const said = fillIn(plural(found.weak ? strings.weak : strings.found, found.guides, strings.locale), { q: typed });
    return note ? `${said} ${note}` : said;
  }

  /**
   * Lists the results of what was typed (`raw`, exactly as in the box) and says how many there are, in the words
   * of `strings` (none until search has loaded). `rows` replaces the list of the same search (with sections
   * added): then the chosen row stays chosen.
   */
  function show(
    raw: string,
    found: Omit<Found, 'withSections'>,
    strings?: SearchStrings,
    rows = found.choices,
    settled = true,
  ): void {
    const typed = raw.trim();
    const chosen = list.dataset.shown === raw ? choices[active]?.url : undefined;
    choices = rows;
    list.replaceChildren(...choices.map(optionFor));
    input.setAttribute('aria-expanded', String(choices.length > 0));
    setActive(
      Math.max(
        0,
        choices.findIndex((choice) => choice.url === chosen),
      ),
    );
    status.textContent = describe(typed, found, strings);
    if (more) more.href = typed ? searchPath(lang, typed) : searchPath(lang);
    // For the benchmark and tests: which words the list shows results for, and once it is complete (sections added).
    list.dataset.shown = raw;
    if (settled) list.dataset.query = raw;
  }

  async function run(): Promise<void> {
    const raw = input.value;
    const ticket = ++latest;
    if (!raw.trim()) return show(raw, { choices: [], guides: 0, weak: false });
    const search = await guideSearch!;
    // Letters typed while search was loading each asked for a search: only the newest is worth running.
    if (ticket !== latest) return;
    const found = await search.find(raw, options.scope());
    // A newer search may have finished first: show only the newest.
    if (ticket !== latest) return;
    show(raw, found, search.strings, found.choices, false);
    const rows = await found.withSections;
    if (ticket === latest) show(raw, found, search.strings, rows);
  }

  input.addEventListener('input', () => void run());

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const choice = choices[active];
      if (!choice) return;
      // Ctrl/⌘+Enter opens the chosen guide in a new tab, as Ctrl/⌘-click does.
      if (event.ctrlKey || event.metaKey) window.open(choice.url, '_blank', 'noopener');
      else location.assign(choice.url);
    } else if (event.key === 'Backspace' && input.value === '' && options.onEmptyBackspace?.()) {
      event.preventDefault();
    }
  });

  // A press on a result must not take the focus from the box (the list would lose its place); the link still
  // opens on click, and a middle click or Ctrl/⌘-click opens it in a new tab.
  list.addEventListener('mousedown', (event) => {
    if (event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey) event.preventDefault();
  });

  return { run };
}
