import { describe, expect, test } from 'vitest';
import { median, spread, worst } from '../../tools/bench/stats';

describe('median', () => {
  test('returns the middle sample of an odd count, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
  });

  test('returns the mean of the two middle samples of an even count', () => {
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  test('refuses no samples rather than report a time', () => {
    expect(() => median([])).toThrow('median of no samples');
  });
});

describe('worst', () => {
  test('returns the slowest sample', () => {
    expect(worst([12, 250.5, 3])).toBe(250.5);
  });

  test('refuses no samples rather than report a time', () => {
    expect(() => worst([])).toThrow('worst of no samples');
  });
});

describe('spread', () => {
  test('keeps the samples in the order they were taken, beside the median and the worst', () => {
    expect(spread([5, 1, 3])).toEqual({ medianMs: 3, worstMs: 5, samplesMs: [5, 1, 3] });
  });
});
