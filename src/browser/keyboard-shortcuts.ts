/**
 * The keys that open search, as pure rules over a key press so they can be tested without a browser: `/` and
 * Ctrl+K (⌘K on a Mac) from any page. A shortcut made of one character key (`/`) never fires while the reader
 * is typing in a field. (The call card's Alt+C is in call-card-key.ts: each page script imports only its own.)
 */

/** The parts of a KeyboardEvent the rules read. `code` names the physical key, whatever the layout types. */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The event that asks the search dialog (src/browser/search-dialog.ts) to open; its detail is any words typed. */
export const OPEN_SEARCH_EVENT = 'site-search:open';

/** What comes with that event: words already typed, and where the focus goes back to when search closes. */
export interface OpenSearchDetail {
  words: string;
  returnTo: Element | null;
}

/** What screen readers and tooltips announce for each shortcut (the `aria-keyshortcuts` syntax). */
export const SEARCH_KEYS = '/ Control+K Meta+K';

/** The parts of an element `takesText` reads (an HTMLElement in the browser). */
export interface FocusedElement {
  tagName: string;
  isContentEditable?: boolean;
  getAttribute(name: string): string | null;
}

/** Is this element one that takes typed text, where a one-character shortcut must not steal the key? */
export function takesText(element: FocusedElement | null): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return !/^(button|checkbox|radio|submit|reset|image|file|color|range)$/i.test(element.getAttribute('type') ?? '');
}

/** `/` when not typing in a field, or Ctrl+K / ⌘K anywhere. */
export function opensSearch(press: KeyPress, typing: boolean): boolean {
  if (press.altKey) return false;
  if (press.ctrlKey || press.metaKey) return press.key.toLowerCase() === 'k';
  return press.key === '/' && !typing;
}
