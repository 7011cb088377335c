import { describe, expect, test } from 'vitest';
import { ElementError, requireElement } from '../../src/browser/elements';

/** Enough of a ParentNode for the test: answers for one selector. */
const root = (selector: string, element: Element | null) =>
  ({ querySelector: (asked: string) => (asked === selector ? element : null) }) as unknown as ParentNode;

describe('requireElement', () => {
  test('returns the element found', () => {
    const element = {} as Element;

    expect(requireElement(root('[data-x]', element), '[data-x]', 'Test')).toBe(element);
  });

  test('names the script and the selector when the element is missing', () => {
    expect(() => requireElement(root('[data-x]', null), '[data-help-select]', 'Show help for')).toThrow(
      new ElementError('Show help for', '[data-help-select]'),
    );
    expect(() => requireElement(root('[data-x]', null), '[data-y]', 'Search')).toThrow(
      'Search: no element matches [data-y]',
    );
  });
});
