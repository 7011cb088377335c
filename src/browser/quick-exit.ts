/**
 * Quick exit ("Exit this page", after GOV.UK's pattern): where the reader is sent, and the rule for leaving
 * by pressing Shift three times. The counting is kept apart from the page so that it can be tested alone.
 */

// Where the reader is sent is each language's `meta.exitUrl` (src/i18n/<code>/meta.ts): a weather forecast in
// their language, which says nothing about this site or the reader. The page's exit links carry it.

/** Presses of Shift that make the page exit, and the longest pause allowed between two of them. */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

/** The part of a keyboard event the counter needs. */
export interface KeyPress {
  key: string;
  repeat?: boolean;
}

/**
 * Counts Shift presses. A press counts when Shift goes down and up with no other key in between (Shift+A does
 * not count), and within SHIFT_WINDOW_MS of the last one; any other key starts the count again.
 * `onKeyUp` returns how many presses are counted so far, or undefined when nothing changed.
 */
export function createShiftCounter(now: () => number = Date.now) {
  let count = 0;
  let lastPress = -Infinity;
  let shiftAlone = false;

  return {
    onKeyDown(event: KeyPress): void {
      if (event.key === 'Shift') {
        if (!event.repeat) shiftAlone = true;
      } else {
        shiftAlone = false;
        count = 0;
      }
    },
    onKeyUp(event: KeyPress): number | undefined {
      if (event.key !== 'Shift' || !shiftAlone) return undefined;
      shiftAlone = false;
      const time = now();
      count = time - lastPress <= SHIFT_WINDOW_MS ? count + 1 : 1;
      lastPress = time;
      return count;
    },
    reset(): void {
      count = 0;
      shiftAlone = false;
    },
  };
}

/** The live region's words in the page's language (src/i18n/<code>/site.ts, `quickExit`); `{n}` is a count. */
export interface ShiftMessages {
  pressesLeft: string;
  pressLeft: string;
  leaving: string;
}

/** What the live region says after a press, so a screen-reader user knows the count. */
export function shiftMessage(count: number, messages: ShiftMessages): string {
  const left = SHIFT_PRESSES - count;
  if (left <= 0) return messages.leaving;
  return left === 1 ? messages.pressLeft : messages.pressesLeft.replace('{n}', String(left));
}
