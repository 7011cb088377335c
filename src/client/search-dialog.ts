/**
 * The search dialog: opened from any page by `/`, Ctrl+K or the header's search box (src/components/
 * SearchForm.astro), it shows results as the reader types. ↑ and ↓ move through them, Enter opens one, Esc
 * closes. It is a native modal <dialog> (focus stays inside, Esc closes, focus goes back where it was) around
 * an ARIA combobox whose listbox holds the results.
 *
 * This module is loaded on the first sign that someone wants to search, never with the page, and it starts
 * loading Pagefind as soon as it runs, so the index is usually ready before the first word is typed.
 */
// Imported as an address, not as styles: Astro would otherwise put these styles in every page.
import stylesheetUrl from '../styles/search-dialog.css?url';
import { AUDIENCE_INFO } from '../lib/audiences';
import { OPEN_SEARCH_EVENT, type OpenSearchDetail } from '../lib/keyboard-shortcuts';
import { searchPath } from '../lib/routes';
import { MAX_GUIDES, toChoices, type Choice, type ResultData } from '../lib/search-choices';
import { searchQuery } from '../lib/search-terms';

interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

// A path Vite must not bundle: Pagefind writes it after the site is built.
const PAGEFIND_URL = '/pagefind/pagefind.js';
const COUNSELLORS = AUDIENCE_INFO.counsellors.label;

const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
  await module.options({ noWorker: true });
  await module.init();
  return module;
});

const stylesheet = document.createElement('link');
stylesheet.rel = 'stylesheet';
stylesheet.href = stylesheetUrl;
document.head.append(stylesheet);

const dialog = document.createElement('dialog');
dialog.className = 'site-search';
dialog.dataset.siteSearch = '';
dialog.setAttribute('aria-labelledby', 'site-search-title');
dialog.innerHTML = `
  <div class="site-search__panel" role="search">
    <h2 id="site-search-title" class="site-search__title">Search the guides</h2>
    <div class="site-search__bar">
      <label class="visually-hidden" for="site-search-input">Search the guides</label>
      <input id="site-search-input" class="site-search__input" type="text" role="combobox" autocomplete="off"
        spellcheck="false" aria-autocomplete="list" aria-expanded="false" aria-controls="site-search-results"
        aria-describedby="site-search-keys" data-site-search-input>
      <button class="site-search__close" type="button" data-site-search-close>Close<span class="visually-hidden"> search</span></button>
    </div>
    <button class="site-search__scope" type="button" aria-pressed="false" data-site-search-scope>Counsellor guides only</button>
    <p class="site-search__status" role="status" data-site-search-status></p>
    <ul id="site-search-results" class="site-search__results" role="listbox" aria-label="Guides found"
      data-site-search-results data-query=""></ul>
    <p id="site-search-keys" class="site-search__keys">
      <kbd>↑</kbd> <kbd>↓</kbd> to choose, <kbd>Enter</kbd> to open, <kbd>Esc</kbd> to close.
      <span data-site-search-scope-key>With “Counsellor guides only” on, <kbd>Backspace</kbd> in the empty box turns it off.</span>
    </p>
    <p class="site-search__more"><a href="${searchPath()}" data-site-search-more>All results, with filters</a></p>
  </div>`;
document.body.append(dialog);

const input = dialog.querySelector<HTMLInputElement>('[data-site-search-input]')!;
const list = dialog.querySelector<HTMLUListElement>('[data-site-search-results]')!;
const status = dialog.querySelector<HTMLElement>('[data-site-search-status]')!;
const scopeButton = dialog.querySelector<HTMLButtonElement>('[data-site-search-scope]')!;
const more = dialog.querySelector<HTMLAnchorElement>('[data-site-search-more]')!;

let choices: Choice[] = [];
let returnTo: Element | null = null;
let active = -1;
let latest = 0;
// On counsellors' pages a search starts with counsellor guides only: those are the guides a counsellor needs.
const onCounsellorPage = location.pathname.startsWith('/counsellors/');
let counsellorsOnly = onCounsellorPage;
input.placeholder = onCounsellorPage ? 'Type the caller’s words' : 'For example: blackmail, stranger';
// Elsewhere the filter would only be noise: readers there want every audience's guides.
scopeButton.hidden = !onCounsellorPage;
dialog.querySelector<HTMLElement>('[data-site-search-scope-key]')!.hidden = !onCounsellorPage;

function optionId(index: number): string {
  return `site-search-option-${index}`;
}

function setActive(index: number): void {
  list.querySelector('[aria-selected="true"]')?.setAttribute('aria-selected', 'false');
  active = choices.length ? (index + choices.length) % choices.length : -1;
  const option = active >= 0 ? document.getElementById(optionId(active)) : null;
  option?.setAttribute('aria-selected', 'true');
  option?.scrollIntoView({ block: 'nearest' });
  if (option) input.setAttribute('aria-activedescendant', option.id);
  else input.removeAttribute('aria-activedescendant');
}

function optionFor(choice: Choice, index: number): HTMLLIElement {
  const option = document.createElement('li');
  option.id = optionId(index);
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.className = `site-search__option site-search__option--${choice.kind}`;
  option.dataset.index = String(index);
  const part = (className: string, text: string) => {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    option.append(span);
  };
  if (choice.kind === 'guide') {
    if (choice.audience) part('site-search__audience', choice.audience);
    part('site-search__guide', choice.title);
    if (choice.summary) part('site-search__summary', choice.summary);
  } else {
    part('site-search__section', choice.title);
  }
  option.setAttribute('aria-label', choice.label);
  return option;
}

function describe(typed: string, found: number): string {
  const scope = counsellorsOnly ? ' Showing counsellor guides only.' : '';
  if (!typed) return counsellorsOnly ? 'Showing counsellor guides only.' : '';
  if (found === 0) {
    return counsellorsOnly
      ? `No counsellor guides found for “${typed}”. Turn off “Counsellor guides only” to search every guide.`
      : `No guides found for “${typed}”. Try other words, such as the ones the caller used.`;
  }
  return `${found} ${found === 1 ? 'guide' : 'guides'} found for “${typed}”.${scope}`;
}

/** Lists the results of what was typed (`raw`, exactly as in the box) and says how many there are. */
function show(raw: string, found: Choice[], guides: number): void {
  const typed = raw.trim();
  choices = found;
  list.replaceChildren(...found.map(optionFor));
  input.setAttribute('aria-expanded', String(found.length > 0));
  setActive(found.length ? 0 : -1);
  status.textContent = describe(typed, guides);
  more.href = typed ? searchPath(typed) : searchPath();
  // For tests and the benchmark: which words the listed results belong to.
  list.dataset.query = raw;
}

async function run(): Promise<void> {
  const raw = input.value;
  const typed = raw.trim();
  const ticket = ++latest;
  if (!typed) return show(raw, [], 0);
  const engine = await pagefind;
  const filters = counsellorsOnly ? { audience: [COUNSELLORS] } : undefined;
  const search = await engine.search(searchQuery(typed), { filters });
  if (ticket !== latest || !search) return;
  const data = await Promise.all(search.results.slice(0, MAX_GUIDES).map((result) => result.data()));
  // A newer search may have finished while these results loaded: show only the newest.
  if (ticket !== latest) return;
  show(raw, toChoices(data), search.results.length);
}

function setScope(on: boolean): void {
  counsellorsOnly = on;
  scopeButton.setAttribute('aria-pressed', String(on));
  void run();
}

/**
 * Closes the dialog and gives the focus back to where the reader was before searching, at once (the dialog
 * alone would give it to the page's search box, which held the first letters typed while this module loaded).
 */
function close(): void {
  dialog.close();
  if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
}

function go(choice: Choice | undefined): void {
  if (choice) location.assign(choice.url);
}

input.addEventListener('input', () => void run());

input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
  } else if (event.key === 'Enter') {
    event.preventDefault();
    if (choices[active]) go(choices[active]);
    else if (input.value.trim()) location.assign(searchPath(input.value.trim()));
  } else if (event.key === 'Backspace' && input.value === '' && counsellorsOnly) {
    event.preventDefault();
    setScope(false);
  }
});

// Esc closes the dialog in one press, even while the box has words in it.
dialog.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    close();
  }
});

list.addEventListener('mousedown', (event) => event.preventDefault());
list.addEventListener('click', (event) => {
  const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
  if (option) go(choices[Number(option.dataset.index)]);
});

scopeButton.addEventListener('click', () => setScope(!counsellorsOnly));
dialog.querySelector('[data-site-search-close]')!.addEventListener('click', close);
// A click on the dimmed page around the panel closes the dialog, as Esc does.
dialog.addEventListener('click', (event) => {
  if (event.target === dialog) close();
});

/**
 * Opens the dialog with the cursor in the box. Words typed elsewhere (the page's search box) carry over, with
 * the cursor after them so typing goes on; with none, the last search stays, selected, to type over.
 */
function openSearch(words: string, from: Element | null): void {
  returnTo = from;
  scopeButton.setAttribute('aria-pressed', String(counsellorsOnly));
  if (!dialog.open) dialog.showModal();
  input.focus();
  if (words) {
    input.value = words;
    input.setSelectionRange(words.length, words.length);
  } else {
    input.select();
  }
  void run();
}

// How the page's script asks for the dialog: this module is bundled alone, and such a bundle keeps no exports.
document.addEventListener(OPEN_SEARCH_EVENT, (event) => {
  const { words, returnTo: from } = (event as CustomEvent<OpenSearchDetail>).detail;
  openSearch(words, from);
});


