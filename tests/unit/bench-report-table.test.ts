import { describe, expect, test } from 'vitest';
import { formatReport } from '../../tools/bench/report-table';
import { TARGETS, type Results } from '../../tools/bench/results';

const KB = 1024;
const bytes = (total: number, js: number) => ({ html: total - js, css: 0, js, other: 0, total });

const results: Results = {
  measuredAt: '2026-11-23T20:00:00.000Z',
  machine: { cpu: 'Test CPU', cores: 2, loadAverage: 0.5, platform: 'linux x64', node: 'v24.0.0', chromium: '150.0' },
  units: { bytes: 'bytes, gzip level 9', time: 'milliseconds' },
  targets: TARGETS,
  firstVisit: {
    status: 'measured',
    rows: [
      { kind: 'Guide', path: '/parents/a/', hasTargets: true, requests: 2, gzipBytes: bytes(9 * KB, 1 * KB) },
      { kind: 'Heavy', path: '/heavy/', hasTargets: true, requests: 3, gzipBytes: bytes(15 * KB, 3 * KB) },
      { kind: 'Search', path: '/search/', hasTargets: false, requests: 9, gzipBytes: bytes(40 * KB, 30 * KB) },
    ],
  },
  searchLatency: { status: 'not measured', reason: 'search overlay not found' },
  searchAccuracy: { status: 'not measured', reason: 'the real site did not build' },
  build: {
    real: {
      status: 'measured',
      guides: 27,
      pages: 72,
      indexedPages: 27,
      ms: 6100,
      msPerGuide: 6100 / 27,
      searchIndexBytes: 800 * KB,
    },
    generated: {
      status: 'measured',
      guides: 1026,
      pages: 2070,
      indexedPages: 1026,
      ms: 30_000,
      msPerGuide: 30_000 / 1026,
      searchIndexBytes: 4.5 * 1024 * KB,
      copiesOfEachTopic: 38,
    },
  },
  testSuite: { status: 'not measured', reason: 'npm test exited with 1' },
};

const line = (report: string, start: string) => report.split('\n').find((text) => text.startsWith(start));

describe('formatReport', () => {
  test('says when and where it was measured', () => {
    expect(formatReport(results).split('\n')[0]).toBe(
      'Measured on 2026-11-23 by `npm run bench`: Node v24.0.0, Chromium 150.0, Test CPU (2 cores, load average 0.50 at the start), linux x64. ' +
        'Bytes are gzip level 9; 1 KB is 1,024 bytes.',
    );
  });

  test('marks each page’s JavaScript and total against their targets, except on the search page', () => {
    const report = formatReport(results);

    expect(line(report, '| Page')).toBe(
      '| Page | Path | HTML | CSS | JS (≤ 2.0 KB) | Other | Total (≤ 14.0 KB) | Requests |',
    );
    expect(line(report, '| Guide')).toBe(
      '| Guide | `/parents/a/` | 8.0 KB | 0.0 KB | 1.0 KB ✓ | 0.0 KB | 9.0 KB ✓ | 2 |',
    );
    expect(line(report, '| Heavy')).toBe(
      '| Heavy | `/heavy/` | 12.0 KB | 0.0 KB | 3.0 KB ✗ | 0.0 KB | 15.0 KB ✗ | 3 |',
    );
    expect(line(report, '| Search')).toBe(
      '| Search (no target) | `/search/` | 10.0 KB | 0.0 KB | 30.0 KB | 0.0 KB | 40.0 KB | 9 |',
    );
  });

  test('says why search was not measured', () => {
    expect(formatReport(results)).toContain('**Search**: not measured (search overlay not found).');
  });

  test('marks cold and warm search times, median and worst, against their targets', () => {
    const measured: Results = {
      ...results,
      searchLatency: {
        status: 'measured',
        page: '/parents/a/',
        queries: ['nudes', 'bully'],
        noResults: ['bully'],
        cold: { medianMs: 120, worstMs: 260, samplesMs: [120, 260] },
        warm: { medianMs: 12.25, worstMs: 50, samplesMs: [12.25, 50] },
      },
    };

    const report = formatReport(measured);

    expect(line(report, '| Cold')).toBe('| Cold | 120 ms ✓ | 260 ms ✗ | ≤ 150 ms |');
    expect(line(report, '| Warm')).toBe('| Warm | 12.3 ms ✓ | 50.0 ms ✓ | ≤ 50 ms |');
    expect(report).toContain('No results for: "bully".');
  });

  test('says why search accuracy was not measured', () => {
    expect(formatReport(results)).toContain('**Search accuracy**: not measured (the real site did not build).');
  });

  test('marks search accuracy, held-out queries first, against its targets', () => {
    const row = (set: 'held-out' | 'tune', page: string, top1: number, top3: number, zeroResults: number) => ({
      set,
      page,
      queries: 60,
      top1,
      top3,
      zeroResults,
    });
    const report = formatReport({
      ...results,
      searchAccuracy: {
        status: 'measured',
        rows: [
          row('held-out', '/young-people/a/', 0.85, 0.95, 0),
          row('held-out', '/counsellors/a/', 0.8, 0.9, 0.05),
          row('tune', '/young-people/a/', 0.9, 1, 0),
        ],
      },
    });

    expect(report).toContain('the held-out queries were never tuned on: theirs are the figures that count');
    expect(line(report, '| Queries')).toBe(
      '| Queries | From | Top 1 (≥ 85.0 %) | Top 3 (≥ 95.0 %) | No guide listed (≤ 0.0 %) |',
    );
    expect(line(report, '| Held out (60) | `/young-people/a/`')).toBe(
      '| Held out (60) | `/young-people/a/` | 85.0 % ✓ | 95.0 % ✓ | 0.0 % ✓ |',
    );
    expect(line(report, '| Held out (60) | `/counsellors/a/`')).toBe(
      '| Held out (60) | `/counsellors/a/` | 80.0 % ✗ | 90.0 % ✗ | 5.0 % ✗ |',
    );
    expect(line(report, '| Tuned on')).toBe('| Tuned on (60) | `/young-people/a/` | 90.0 % ✓ | 100.0 % ✓ | 0.0 % ✓ |');
  });

  test('holds only the generated site to the build target, per guide', () => {
    const report = formatReport(results);

    expect(line(report, '| Real')).toBe('| Real | 27 | 72 | 6.1 s | 226 ms | — | 800.0 KB |');
    expect(line(report, '| Generated')).toBe(
      '| Generated (38 copies of each topic) | 1,026 | 2,070 | 30.0 s | 29.2 ms ✗ | ≤ 20 ms | 4.5 MB |',
    );
  });

  test('says why the test suite was not timed', () => {
    expect(formatReport(results)).toContain('**Test suite**: not measured (npm test exited with 1).');
  });

  test('marks the test suite against its six minutes', () => {
    const timed = (ms: number) =>
      line(formatReport({ ...results, testSuite: { status: 'measured', ms, tests: 5699 } }), '| `npm test`');

    expect(timed(226_600)).toBe('| `npm test` | 5,699 | 3 min 47 s ✓ | ≤ 6 min |');
    expect(timed(361_000)).toBe('| `npm test` | 5,699 | 6 min 1 s ✗ | ≤ 6 min |');
  });
});
