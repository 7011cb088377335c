/** Sums up timings as the bench reports them: the median and the worst of the samples. */
import type { Spread } from './results.ts';

/** The middle sample; for an even count, the mean of the two middle ones. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The slowest sample. */
export function worst(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('worst of no samples');
  return Math.max(...samples);
}

export function spread(samples: readonly number[]): Spread {
  return { medianMs: median(samples), worstMs: worst(samples), samplesMs: [...samples] };
}
