import { describe, expect, test } from 'vitest';
import { createShiftCounter, SHIFT_WINDOW_MS, shiftMessage } from '../../src/browser/quick-exit';
import { dictionary, type Lang } from '../../src/i18n';

/** Presses keys as a keyboard does: each down, then up. `Shift+a` holds Shift while pressing a. */
function press(counter: ReturnType<typeof createShiftCounter>, ...keys: string[]): (number | undefined)[] {
  return keys.map((key) => {
    if (key === 'Shift+a') {
      counter.onKeyDown({ key: 'Shift' });
      counter.onKeyDown({ key: 'a' });
      counter.onKeyUp({ key: 'a' });
      return counter.onKeyUp({ key: 'Shift' });
    }
    counter.onKeyDown({ key });
    return counter.onKeyUp({ key });
  });
}

describe('the Shift counter', () => {
  test('counts three presses of Shift on its own', () => {
    expect(press(createShiftCounter(), 'Shift', 'Shift', 'Shift')).toEqual([1, 2, 3]);
  });

  test('does not count Shift used to type a capital letter', () => {
    expect(press(createShiftCounter(), 'Shift', 'Shift+a', 'Shift')).toEqual([1, undefined, 1]);
  });

  test('starts again after any other key', () => {
    expect(press(createShiftCounter(), 'Shift', 'Shift', 'x', 'Shift')).toEqual([1, 2, undefined, 1]);
  });

  test('ignores the repeats of a held Shift', () => {
    const counter = createShiftCounter();
    counter.onKeyDown({ key: 'Shift' });
    counter.onKeyDown({ key: 'Shift', repeat: true });
    counter.onKeyDown({ key: 'Shift', repeat: true });

    expect(counter.onKeyUp({ key: 'Shift' })).toBe(1);
  });

  test('starts again when the pause between presses is longer than the window', () => {
    let time = 0;
    const counter = createShiftCounter(() => time);

    press(counter, 'Shift');
    time += SHIFT_WINDOW_MS;
    press(counter, 'Shift');
    time += SHIFT_WINDOW_MS + 1;

    expect(press(counter, 'Shift')).toEqual([1]);
  });
});

test('the live message counts down to leaving, in the page’s language', () => {
  const count = (lang: Lang) => [1, 2, 3].map((presses) => shiftMessage(presses, dictionary(lang).site.quickExit));

  expect(count('en')).toEqual([
    'Shift pressed. Press it 2 more times to leave this page.',
    'Shift pressed. Press it 1 more time to leave this page.',
    'Leaving this page.',
  ]);
  expect(count('fr')).toEqual([
    'Touche Maj enfoncée. Appuyez encore 2 fois pour quitter cette page.',
    'Touche Maj enfoncée. Appuyez encore 1 fois pour quitter cette page.',
    'Vous quittez cette page.',
  ]);
});
