/**
 * Alt+C (Option+C on a Mac) brings a counsellor back to the guide's call card (src/components/CallCard.astro).
 * A rule over a key press, so it can be tested without a browser.
 */
import type { KeyPress } from './keyboard-shortcuts';

/** What screen readers announce for the shortcut (the `aria-keyshortcuts` syntax). */
export const CALL_CARD_KEYS = 'Alt+C';

/** Alt+C, or Option+C on a Mac, where `key` is "ç", so the physical key (`code`) is read too. */
export function goesToCallCard(press: KeyPress): boolean {
  return press.altKey && !press.ctrlKey && !press.metaKey && (press.code === 'KeyC' || press.key.toLowerCase() === 'c');
}
