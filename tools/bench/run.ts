/**
 * `npm run bench`: builds the site cold and times it, measures first-visit bytes, search latency and search
 * accuracy (on the labelled queries) in Chromium over the fresh build, builds and times a generated site of
 * 1,000-odd guides, then times `npm test`. Writes every figure to
 * bench/results.json, prints the table and rewrites the README's Performance section with it.
 *
 * Timings depend on the machine, so they live here and never in `npm test`. It takes about six minutes; progress goes
 * to stderr, the table to stdout. Exits 1 when a part fails (the README is then left as it was).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { startStaticServer } from '../../tests/helpers/static-server.ts';
import { timeColdBuild } from './build-time.ts';
import { timeTestSuite } from './suite-time.ts';
import { measureFirstVisits } from './first-visit.ts';
import { makeGeneratedSite } from './generated-site.ts';
import { pickQueries, readTopicKeywords } from './queries.ts';
import { replaceBenchSection } from './readme-section.ts';
import { formatReport } from './report-table.ts';
import { TARGETS, type NotMeasured, type Results } from './results.ts';
import { measureSearchAccuracy } from './search-accuracy.ts';
import { measureSearchLatency } from './search-latency.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const QUERIES = 20;

const began = performance.now();
const [loadAverage] = loadavg();
const progress = (message: string) => console.error(`[bench ${((performance.now() - began) / 1000).toFixed(0)} s] ${message}`);
let failed = false;

/** Runs one part of the bench; a part that throws is reported as not measured, and the others still run. */
async function attempt<T>(part: string, measure: () => Promise<T>): Promise<T | NotMeasured> {
  progress(part);
  try {
    return await measure();
  } catch (error) {
    failed = true;
    console.error(error);
    return { status: 'not measured', reason: `failed: ${String((error as Error).message ?? error).split('\n')[0]}` };
  }
}

const queries = pickQueries(await readTopicKeywords(ROOT), QUERIES);
const real = await attempt('Building the real site, cold', () => timeColdBuild(ROOT));

let chromium = 'not started';
let firstVisit: Results['firstVisit'] = { status: 'not measured', reason: 'the real site did not build' };
let searchLatency: Results['searchLatency'] = firstVisit;
let searchAccuracy: Results['searchAccuracy'] = firstVisit;
if (real.status === 'measured') {
  const { server, baseUrl } = await startStaticServer();
  const browser = await launchChromium();
  try {
    chromium = browser.version();
    firstVisit = await attempt('Measuring first-visit bytes', async () => ({
      status: 'measured' as const,
      rows: await measureFirstVisits(browser, baseUrl),
    }));
    searchLatency = await attempt(`Timing ${QUERIES} searches, cold then warm`, () => measureSearchLatency(browser, baseUrl, queries));
    searchAccuracy = await attempt('Searching the labelled queries through the dialog', () => measureSearchAccuracy(browser, baseUrl));
  } finally {
    await browser.close();
    server.close();
  }
}

const generated = await attempt(`Generating a site of ${TARGETS.buildAtGuides} guides or more, and building it cold`, async () => {
  const site = await makeGeneratedSite(ROOT, TARGETS.buildAtGuides);
  try {
    return { ...(await timeColdBuild(site.root, site.cacheDir)), copiesOfEachTopic: site.copies };
  } finally {
    await site.remove();
  }
});

// Last, as it rebuilds dist/ itself.
const testSuite = await attempt('Running npm test, timed', () => timeTestSuite(ROOT));

const cpu = cpus();
const results: Results = {
  measuredAt: new Date().toISOString(),
  machine: {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    loadAverage,
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium,
  },
  units: { bytes: 'bytes, gzip level 9', time: 'milliseconds' },
  targets: TARGETS,
  firstVisit,
  searchLatency,
  searchAccuracy,
  build: { real, generated },
  testSuite,
};

await mkdir(join(ROOT, 'bench'), { recursive: true });
await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
const report = formatReport(results);
console.log(report);
if (failed) {
  console.error('\nA part of the bench failed (above): bench/results.json is written, README.md is left as it was.');
  process.exitCode = 1;
} else {
  const readme = join(ROOT, 'README.md');
  await writeFile(readme, replaceBenchSection(await readFile(readme, 'utf8'), report));
  progress('Wrote bench/results.json and the Performance table in README.md');
}
