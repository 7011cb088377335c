/**
 * The search dialog: opened from any page by `/`, Ctrl+K or the header's search box (src/components/
 * SearchForm.astro), it shows results as the reader types (search-panel.ts: ↑ and ↓ choose, Enter opens). Esc
 * closes. It is a native modal <dialog> (focus stays inside, Esc closes, focus goes back where it was) around
 * the panel's combobox.
 *
 * This module is loaded on the first sign that someone wants to search, never with the page, and the panel
 * starts loading search as soon as it runs, so the index is usually ready before the first word is typed.
 * Its words, in the page's language, come with the vocabulary (words.json, fetched before the dialog is made):
 * one bundle serves every language, and carries none of their dictionaries.
 */
// Imported as an address, not as styles: Astro would otherwise put these styles in every page.
import stylesheetUrl from '../styles/search-dialog.css?url';
// The panel's markup is a plain HTML file, read as text when this module is built.
import panelMarkup from './search-dialog.html?raw';
import { AUDIENCES, type Audience } from '../lib/audiences';
import { OPEN_SEARCH_EVENT, type OpenSearchDetail } from './keyboard-shortcuts';
import { hubPath, searchPath } from '../lib/routes';
import { requireElement } from './elements';
import { MAX_GUIDES } from './search-choices';
import { searchPanel, startSearch } from './search-panel';
import { loadVocabulary } from './guide-search';
import { langOfPath } from '../i18n/languages';
import type { SearchStrings } from '../lib/search-pipeline';

/** The page's language, from its address: search reads and links within it. */
const lang = langOfPath(location.pathname);

// Search starts loading at once, and the dialog is made once the words have come, with the vocabulary. Until
// then the page's search box holds what is typed (Shortcuts.astro); if they cannot come, this module fails to
// load, and the search box sends its words to the search page instead.
void startSearch().catch(() => undefined);
const { strings } = await loadVocabulary();

const stylesheet = document.createElement('link');
stylesheet.rel = 'stylesheet';
stylesheet.href = stylesheetUrl;
document.head.append(stylesheet);

const dialog = document.createElement('dialog');
dialog.className = 'site-search';
dialog.dataset.siteSearch = '';
dialog.setAttribute('aria-labelledby', 'site-search-title');
dialog.innerHTML = panelMarkup;
fillInWords(dialog, strings);
document.body.append(dialog);

/** An element the panel's markup must hold; a missing one is named in the error. */
const part = <T extends Element = HTMLElement>(selector: string): T =>
  requireElement<T>(dialog, selector, 'Search dialog');

const input = part<HTMLInputElement>('[data-site-search-input]');
const more = part<HTMLAnchorElement>('[data-site-search-more]');
more.href = searchPath(lang);
const scopeButton = part<HTMLButtonElement>('[data-site-search-scope]');

let returnTo: Element | null = null;
// The reader's audience is that of the page they are on (/parents/…): their guide of each topic comes first.
const readerAudience = AUDIENCES.find((audience) => location.pathname.startsWith(hubPath(lang, audience)));
// On counsellors' pages a search starts with counsellor guides only: those are the guides a counsellor needs.
const onCounsellorPage = readerAudience === 'counsellors';
let counsellorsOnly = onCounsellorPage;
input.placeholder = onCounsellorPage ? strings.counsellorPlaceholder : strings.placeholder;
// Elsewhere the filter would only be noise: readers there want every audience's guides.
scopeButton.hidden = !onCounsellorPage;
part<HTMLElement>('[data-site-search-scope-key]').hidden = !onCounsellorPage;

const panel = searchPanel(
  {
    input,
    list: part<HTMLUListElement>('[data-site-search-results]'),
    status: part<HTMLElement>('[data-site-search-status]'),
    more,
  },
  {
    // A counsellor who turns the filter off wants the other audiences' guides (to pass one to the caller), so
    // then no audience goes first; on young people's and parents' pages, their own guides do.
    scope: () => ({
      audience: counsellorsOnly ? ('counsellors' satisfies Audience) : onCounsellorPage ? undefined : readerAudience,
      only: counsellorsOnly,
      limit: MAX_GUIDES,
    }),
    scopeNote: () => (counsellorsOnly ? strings.counsellorsOnlyNote : ''),
    onEmptyBackspace: () => {
      if (!counsellorsOnly) return false;
      setScope(false);
      return true;
    },
  },
);

/**
 * Puts the words into the panel's markup (search-dialog.html), which holds none: each `data-text` element's text,
 * each `data-aria-label` element's name, and each `data-keys` line of keyboard hints, keys as <kbd>.
 */
function fillInWords(panel: HTMLElement, words: SearchStrings): void {
  type Key = 'title' | 'close' | 'counsellorsOnly' | 'results' | 'more';
  type Keys = 'keys' | 'scopeKey';
  for (const element of panel.querySelectorAll<HTMLElement>('[data-text]'))
    element.textContent = words[element.dataset.text as Key];
  for (const element of panel.querySelectorAll<HTMLElement>('[data-aria-label]'))
    element.setAttribute('aria-label', words[element.dataset.ariaLabel as Key]);
  for (const element of panel.querySelectorAll<HTMLElement>('[data-keys]'))
    element.replaceChildren(...keyHint(words[element.dataset.keys as Keys]));
  // What a screen reader hears after the button's word: "Close search".
  const closeWhat = panel.querySelector('[data-site-search-close-what]');
  if (closeWhat) closeWhat.textContent = ` ${words.closeWhat}`;
}

/** A line of keyboard hints as text and <kbd> elements. */
function keyHint(hint: SearchStrings['keys']): (string | HTMLElement)[] {
  return hint.map((part) => {
    if (typeof part === 'string') return part;
    const kbd = document.createElement('kbd');
    kbd.textContent = part.key;
    return kbd;
  });
}

function setScope(on: boolean): void {
  counsellorsOnly = on;
  scopeButton.setAttribute('aria-pressed', String(on));
  void panel.run();
}

/**
 * Closes the dialog and gives the focus back to where the reader was before searching, at once (the dialog
 * alone would give it to the page's search box, which held the first letters typed while this module loaded).
 */
function close(): void {
  dialog.close();
  if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
}

// Esc closes the dialog in one press, even while the box has words in it.
dialog.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    close();
  }
});

scopeButton.addEventListener('click', () => setScope(!counsellorsOnly));
part('[data-site-search-close]').addEventListener('click', close);
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
  void panel.run();
}

// How the page's script asks for the dialog: this module is bundled alone, and such a bundle keeps no exports.
document.addEventListener(OPEN_SEARCH_EVENT, (event) => {
  const { words, returnTo: from } = (event as CustomEvent<OpenSearchDetail>).detail;
  openSearch(words, from);
});
