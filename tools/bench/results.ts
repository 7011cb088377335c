/**
 * The shape of bench/results.json, and the targets each figure is held to (from the design notes and issue 5).
 * Bytes are gzip at level 9; a kilobyte is 1,024 bytes, as in tests/site/budgets.test.ts.
 */

export const TARGETS = {
  /** Everything a page needs to render on a first visit, gzipped: one network round trip. */
  firstVisitBytes: 14 * 1024,
  /** JavaScript a page loads before search is used, gzipped. */
  javascriptBytes: 2 * 1024,
  /** Keypress to results visible, for the first search of a visit (Pagefind still loading). */
  coldSearchMs: 150,
  /** Keypress to results visible, once search has loaded. */
  warmSearchMs: 50,
  /** Share of held-out queries whose right topic's guide is listed first, and among the first three. */
  searchTop1: 0.85,
  searchTop3: 0.95,
  /** Share of held-out queries that list no guide at all. */
  searchZeroResults: 0,
  /** Build time per guide, for a site of this many guides or more. */
  buildMsPerGuide: 20,
  buildAtGuides: 1000,
  /** `npm test`, from the format check to the last browser test, on a machine like CI's. */
  testSuiteMs: 6 * 60 * 1000,
} as const;

/** A part of the bench that could not run, and why, in words for the table. */
export interface NotMeasured {
  status: 'not measured';
  reason: string;
}

/** A first visit's bytes, gzipped. The site inlines its CSS and JS, so those columns include what is inlined. */
export interface ByteCounts {
  /** HTML responses without their inline styles and scripts. */
  html: number;
  /** Stylesheets, inline or fetched, each gzipped on its own. */
  css: number;
  /** Scripts the browser runs, inline or fetched, each gzipped on its own. */
  js: number;
  /** Everything else: the icon, Pagefind's index and WebAssembly. */
  other: number;
  /** Every response gzipped whole: what crosses the network. */
  total: number;
}

export interface FirstVisitRow {
  kind: string;
  path: string;
  /** False for the search page, which loads Pagefind by design: the targets do not apply to it. */
  hasTargets: boolean;
  requests: number;
  gzipBytes: ByteCounts;
}

export interface FirstVisit {
  status: 'measured';
  rows: FirstVisitRow[];
}

export interface Spread {
  medianMs: number;
  worstMs: number;
  samplesMs: number[];
}

export interface SearchLatency {
  status: 'measured';
  /** The page each visit opens before pressing "/". */
  page: string;
  queries: string[];
  /** Queries that showed the "no results" state rather than any result. */
  noResults: string[];
  /** The first search of a visit: a fresh browser context (empty cache) per query. */
  cold: Spread;
  /** Every query again, in one visit, after a first search has loaded Pagefind. */
  warm: Spread;
}

/** How often the dialog lists the right topic's guide first and among the first three, on one page. */
export interface AccuracyRow {
  /** The page the dialog was opened on. */
  page: string;
  /** `held-out`: never tuned on, the figures that count; `tune`: the part the pipeline was tuned on. */
  set: 'held-out' | 'tune';
  queries: number;
  top1: number;
  top3: number;
  zeroResults: number;
}

export interface SearchAccuracy {
  status: 'measured';
  rows: AccuracyRow[];
}

export interface BuildFigures {
  status: 'measured';
  guides: number;
  /** HTML pages written to dist/. */
  pages: number;
  /** Pages Pagefind indexed (the guides). */
  indexedPages: number;
  ms: number;
  msPerGuide: number;
  /** Every file under dist/pagefind/. */
  searchIndexBytes: number;
}

/** One run of `npm test`. */
export interface SuiteFigures {
  status: 'measured';
  ms: number;
  /** Tests that passed, from Vitest's summary. */
  tests: number;
}

export interface Results {
  measuredAt: string;
  machine: {
    cpu: string;
    cores: number;
    /** The one-minute load average as the bench began: other work on the machine slows every timing. */
    loadAverage: number;
    platform: string;
    node: string;
    chromium: string;
  };
  units: { bytes: string; time: string };
  targets: typeof TARGETS;
  firstVisit: FirstVisit | NotMeasured;
  searchLatency: SearchLatency | NotMeasured;
  searchAccuracy: SearchAccuracy | NotMeasured;
  build: {
    real: BuildFigures | NotMeasured;
    generated: (BuildFigures & { copiesOfEachTopic: number }) | NotMeasured;
  };
  testSuite: SuiteFigures | NotMeasured;
}
