/** The bench's results as Markdown, each figure beside its target with ✓ (meets it) or ✗ (over it). */
import type { BuildFigures, FirstVisit, NotMeasured, Results, SearchAccuracy, SearchLatency, SuiteFigures } from './results.ts';

const KB = 1024;
const MB = 1024 * 1024;

const kilobytes = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const size = (bytes: number): string => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : kilobytes(bytes));
const milliseconds = (ms: number): string => (ms < 100 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const count = (n: number): string => n.toLocaleString('en-GB');
const mark = (value: number, target: number): string => (value <= target ? '✓' : '✗');
const notMeasured = (part: string, { reason }: NotMeasured): string => `**${part}**: not measured (${reason}).`;
const tableRow = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

export function formatReport(results: Results): string {
  const { machine, targets } = results;
  return [
    `Measured on ${results.measuredAt.slice(0, 10)} by \`npm run bench\`: Node ${machine.node}, Chromium ${machine.chromium}, ` +
      `${machine.cpu} (${machine.cores} cores, load average ${machine.loadAverage.toFixed(2)} at the start), ${machine.platform}. ` +
      'Bytes are gzip level 9; 1 KB is 1,024 bytes.',
    results.firstVisit.status === 'measured' ? firstVisitTable(results.firstVisit, targets) : notMeasured('First visit', results.firstVisit),
    results.searchLatency.status === 'measured'
      ? searchTable(results.searchLatency, targets)
      : notMeasured('Search', results.searchLatency),
    results.searchAccuracy.status === 'measured'
      ? accuracyTable(results.searchAccuracy, targets)
      : notMeasured('Search accuracy', results.searchAccuracy),
    buildTable(results.build, targets),
    results.testSuite.status === 'measured' ? suiteTable(results.testSuite, targets) : notMeasured('Test suite', results.testSuite),
  ].join('\n\n');
}

function firstVisitTable({ rows }: FirstVisit, targets: Results['targets']): string {
  const withTarget = (bytes: number, target: number, applies: boolean) => (applies ? `${kilobytes(bytes)} ${mark(bytes, target)}` : kilobytes(bytes));
  return [
    `**First visit**, empty cache, every request until the network is idle. Styles and scripts inlined in the HTML ` +
      `count as CSS and JS; the total is what crosses the network. The targets hold for every page but search, which ` +
      `loads Pagefind by design.`,
    '',
    `| Page | Path | HTML | CSS | JS (≤ ${kilobytes(targets.javascriptBytes)}) | Other | Total (≤ ${kilobytes(targets.firstVisitBytes)}) | Requests |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(({ kind, path, hasTargets, requests, gzipBytes: bytes }) =>
      tableRow([
        hasTargets ? kind : `${kind} (no target)`,
        `\`${path}\``,
        kilobytes(bytes.html),
        kilobytes(bytes.css),
        withTarget(bytes.js, targets.javascriptBytes, hasTargets),
        kilobytes(bytes.other),
        withTarget(bytes.total, targets.firstVisitBytes, hasTargets),
        String(requests),
      ]),
    ),
  ].join('\n');
}

function searchTable(search: SearchLatency, targets: Results['targets']): string {
  const row = (label: string, { medianMs, worstMs }: SearchLatency['cold'], target: number) =>
    tableRow([label, `${milliseconds(medianMs)} ${mark(medianMs, target)}`, `${milliseconds(worstMs)} ${mark(worstMs, target)}`, `≤ ${target} ms`]);
  const lines = [
    `**Search**, keypress to results visible, from \`${search.page}\`: ${search.queries.length} queries from the ` +
      `topics' keywords, each the first search of a fresh visit (cold), then all again in one visit (warm).`,
    '',
    '| | Median | Worst | Target |',
    '| --- | ---: | ---: | ---: |',
    row('Cold', search.cold, targets.coldSearchMs),
    row('Warm', search.warm, targets.warmSearchMs),
  ];
  if (search.noResults.length > 0) lines.push('', `No results for: ${search.noResults.map((query) => `"${query}"`).join(', ')}.`);
  return lines.join('\n');
}

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;
const atLeast = (value: number, target: number): string => (value >= target ? '✓' : '✗');

function accuracyTable({ rows }: SearchAccuracy, targets: Results['targets']): string {
  return [
    `**Search accuracy**, typed into the search dialog in Chromium: is the right topic's guide listed first (top 1), ` +
      `among the first three guides (top 3), or is no guide listed at all? On each language's labelled queries ` +
      `(\`tools/bench/search-queries.yaml\`, \`search-queries.fr.yaml\`…), searched from that language's pages; the ` +
      `held-out queries were never tuned on: theirs are the figures that count. From a counsellor guide, ` +
      `"Counsellor guides only" is on.`,
    '',
    `| Queries | From | Top 1 (≥ ${percent(targets.searchTop1)}) | Top 3 (≥ ${percent(targets.searchTop3)}) | No guide listed (≤ ${percent(targets.searchZeroResults)}) |`,
    '| --- | --- | ---: | ---: | ---: |',
    ...rows.map((row) =>
      tableRow([
        row.set === 'held-out' ? `Held out (${row.queries})` : `Tuned on (${row.queries})`,
        `\`${row.page}\``,
        `${percent(row.top1)} ${atLeast(row.top1, targets.searchTop1)}`,
        `${percent(row.top3)} ${atLeast(row.top3, targets.searchTop3)}`,
        `${percent(row.zeroResults)} ${mark(row.zeroResults, targets.searchZeroResults)}`,
      ]),
    ),
  ].join('\n');
}

function buildTable(build: Results['build'], targets: Results['targets']): string {
  const row = (site: string, figures: BuildFigures | NotMeasured, target?: number) => {
    if (figures.status !== 'measured') return tableRow([site, `not measured (${figures.reason})`, '', '', '', '', '']);
    const perGuide = milliseconds(figures.msPerGuide);
    return tableRow([
      site,
      count(figures.guides),
      count(figures.pages),
      seconds(figures.ms),
      target === undefined ? perGuide : `${perGuide} ${mark(figures.msPerGuide, target)}`,
      target === undefined ? '—' : `≤ ${target} ms`,
      size(figures.searchIndexBytes),
    ]);
  };
  const generated =
    build.generated.status === 'measured' ? `Generated (${build.generated.copiesOfEachTopic} copies of each topic)` : 'Generated';
  return [
    `**Build**, cold (caches cleared): \`astro build\`, Pagefind included. The target is for ` +
      `${count(targets.buildAtGuides)} guides or more, so it applies to the generated site only.`,
    '',
    '| Site | Guides | Pages | Build | Per guide | Target | Search index |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('Real', build.real),
    row(generated, build.generated, targets.buildMsPerGuide),
  ].join('\n');
}

/** "3 min 47 s", or "6 min" on the minute. */
const minutes = (ms: number): string => {
  const total = Math.round(ms / 1000);
  return total % 60 === 0 ? `${total / 60} min` : `${Math.floor(total / 60)} min ${total % 60} s`;
};

function suiteTable(suite: SuiteFigures, targets: Results['targets']): string {
  return [
    '**Test suite**, `npm test` as CI runs it once installed: the format and type checks, the build, then every ' +
      'test (unit, site, links, and every page in Chromium).',
    '',
    '| Command | Tests passed | Time | Target |',
    '| --- | ---: | ---: | ---: |',
    tableRow(['`npm test`', count(suite.tests), `${minutes(suite.ms)} ${mark(suite.ms, targets.testSuiteMs)}`, `≤ ${minutes(targets.testSuiteMs)}`]),
  ].join('\n');
}
