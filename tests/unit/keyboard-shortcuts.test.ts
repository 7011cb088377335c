import { describe, expect, test } from 'vitest';
import { goesToCallCard } from '../../src/browser/call-card-key';
import { opensSearch, takesText, type FocusedElement } from '../../src/browser/keyboard-shortcuts';

const key = (
  key: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
  code?: string,
) => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

const element = (
  tagName: string,
  attributes: Record<string, string> = {},
  isContentEditable = false,
): FocusedElement => ({
  tagName,
  isContentEditable,
  getAttribute: (name) => attributes[name] ?? null,
});

describe('opening search', () => {
  test('/ opens search when the reader is not typing in a field', () => {
    expect(opensSearch(key('/'), false)).toBe(true);
    expect(opensSearch(key('/'), true)).toBe(false);
  });

  test('Ctrl+K and ⌘K open search, even from a field', () => {
    expect(opensSearch(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(opensSearch(key('K', { metaKey: true }), false)).toBe(true);
  });

  test('other keys and combinations do not', () => {
    expect(opensSearch(key('k'), false)).toBe(false);
    expect(opensSearch(key('/', { ctrlKey: true }), false)).toBe(false);
    expect(opensSearch(key('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(opensSearch(key('?'), false)).toBe(false);
  });
});

describe('going to the call card', () => {
  test('Alt+C goes there, and so does Option+C on a Mac, which types "ç"', () => {
    expect(goesToCallCard(key('c', { altKey: true }, 'KeyC'))).toBe(true);
    expect(goesToCallCard(key('ç', { altKey: true }, 'KeyC'))).toBe(true);
  });

  test('C alone, Ctrl+Alt+C (AltGr on some keyboards) and Alt with another key do not', () => {
    expect(goesToCallCard(key('c', {}, 'KeyC'))).toBe(false);
    expect(goesToCallCard(key('c', { altKey: true, ctrlKey: true }, 'KeyC'))).toBe(false);
    expect(goesToCallCard(key('x', { altKey: true }, 'KeyX'))).toBe(false);
  });
});

describe('telling when the reader is typing', () => {
  test('text boxes, text areas, selects and editable regions take text', () => {
    expect(takesText(element('INPUT'))).toBe(true);
    expect(takesText(element('INPUT', { type: 'search' }))).toBe(true);
    expect(takesText(element('TEXTAREA'))).toBe(true);
    expect(takesText(element('SELECT'))).toBe(true);
    expect(takesText(element('DIV', {}, true))).toBe(true);
  });

  test('buttons, checkboxes, links and the page itself do not', () => {
    expect(takesText(element('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(takesText(element('BUTTON'))).toBe(false);
    expect(takesText(element('A'))).toBe(false);
    expect(takesText(element('BODY'))).toBe(false);
    expect(takesText(null)).toBe(false);
  });
});
