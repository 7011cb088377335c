/**
 * Quick exit ("Exit this page", after GOV.UK's pattern): where the reader is sent, and the rule for leaving
 * by pressing Shift three times. The counting is kept apart from the page so that it can be tested alone.
 */

/** A neutral page that says nothing about this site or the reader: a weather forecast. Change it here only. */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';

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

/** What the live region says after a press, so a screen-reader user knows the count. */
export function shiftMessage(count: number): string {
  const left = SHIFT_PRESSES - count;
  if (left <= 0) return 'Leaving this page.';
  return `Shift pressed. Press it ${left} more ${left === 1 ? 'time' : 'times'} to leave this page.`;
}
