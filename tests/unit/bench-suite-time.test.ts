import { describe, expect, test } from 'vitest';
import { testsPassed } from '../../tools/bench/suite-time';

describe('testsPassed', () => {
  test("reads the number of tests that passed from Vitest's summary, colours and all", () => {
    const output = [
      '\u001b[2m Test Files \u001b[22m \u001b[1m\u001b[32m53 passed\u001b[39m\u001b[22m\u001b[90m (53)\u001b[39m',
      '\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[32m5699 passed\u001b[39m\u001b[22m\u001b[2m | \u001b[22m\u001b[33m3 skipped\u001b[39m\u001b[90m (5702)\u001b[39m',
    ].join('\n');

    expect(testsPassed(output)).toBe(5699);
  });

  test('fails when there is no summary, rather than report no tests', () => {
    expect(() => testsPassed('Error: no tests found')).toThrow(/no "Tests … passed" summary/);
  });
});
