/**
 * The counsellors' offline copy in the built site: the worker stores every page and the whole search index,
 * loads nothing from another site, and only /counsellors/ offers to register it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { OFFLINE_WORKER_PATH } from '../../src/browser/offline-copy';
import { builtPages, DIST, readPage } from '../helpers/dist';
import { parsedPage } from '../helpers/html';
import { LANGS } from '../../src/i18n/languages';
import { hubPath } from '../../src/lib/routes';

const workerFile = join(DIST, OFFLINE_WORKER_PATH);
const worker = existsSync(workerFile) ? readFileSync(workerFile, 'utf8') : '';
// Workbox's output is minified: read it as a syntax tree, so that no test depends on how it is spelled.
const workerTree = ts.createSourceFile(workerFile, worker, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);

/** A node of the worker's syntax tree and every node inside it, depth first. */
function nodesOf(node: ts.Node): ts.Node[] {
  const nodes = [node];
  ts.forEachChild(node, (child) => {
    nodes.push(...nodesOf(child));
  });
  return nodes;
}
const workerNodes = nodesOf(workerTree);

/** A property's name, however it is written (`url:` or `"url":`). */
function nameOf(property: ts.ObjectLiteralElementLike): string | undefined {
  const name = property.name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** The string an object literal gives to `name` (`{name: "…"}`), if it gives one. */
function stringProperty(object: ts.ObjectLiteralExpression, name: string): string | undefined {
  const property = object.properties.find((each) => nameOf(each) === name);
  return property && ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer)
    ? property.initializer.text
    : undefined;
}

/** The precache list as Workbox writes it into the worker: one `{url: "…", revision: "…"}` per file. */
const precacheEntries = workerNodes
  .filter(ts.isObjectLiteralExpression)
  .map((object) => ({ url: stringProperty(object, 'url'), revision: stringProperty(object, 'revision') }))
  .filter((entry) => entry.url !== undefined && entry.revision !== undefined);
const precached = precacheEntries.map((entry) => entry.url);

/** Each list of regular expressions the worker's code gives to a property (`{name: [/…/, …]}`), as written. */
const regexListsGivenTo = (name: string) =>
  workerNodes
    .filter(ts.isPropertyAssignment)
    .filter((property) => nameOf(property) === name)
    .map((property) => property.initializer)
    .filter(ts.isArrayLiteralExpression)
    .map((list) => list.elements.map((element) => element.getText(workerTree)));

/** The string and template literals of the worker's code that contain `text`. */
const literalsContaining = (text: string) =>
  workerNodes.filter(
    (node) =>
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) &&
      node.getText(workerTree).includes(text),
  );

/** Whether a literal is only a message for the console: `const e = `…`; console.warn(e)` in one block. */
function isConsoleWarning(literal: ts.Node): boolean {
  const declaration = literal.parent;
  if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return false;
  const name = declaration.name.text;
  // The declaration's list, then its statement, then the block that holds the statement.
  const block = declaration.parent.parent.parent;
  return nodesOf(block).some(
    (node) =>
      ts.isCallExpression(node) &&
      node.expression.getText(workerTree) === 'console.warn' &&
      node.arguments.some((argument) => ts.isIdentifier(argument) && argument.text === name),
  );
}

/** Every file under a folder of dist/, as a path from dist/ (`pagefind/pagefind.js`). */
const filesUnder = (folder: string) =>
  existsSync(join(DIST, folder))
    ? readdirSync(join(DIST, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(DIST.length).split('\\').join('/'))
    : [];

describe(OFFLINE_WORKER_PATH, () => {
  test('is built, with a list of files to store', () => {
    expect(worker).not.toBe('');
    expect(precached.length).toBeGreaterThan(0);
    for (const { url, revision } of precacheEntries) expect(revision, url).toMatch(/^[0-9a-f]+$/);
  });

  test('stores every page', () => {
    const pageFiles = builtPages().map((path) => (path.endsWith('/') ? `${path}index.html` : path).slice(1));

    expect(precached).toEqual(expect.arrayContaining(pageFiles));
  });

  test('stores the whole search index and any script Astro wrote as a file', () => {
    const pagefind = filesUnder('pagefind');
    expect(pagefind).toContain('pagefind/pagefind.js');

    expect(precached).toEqual(
      expect.arrayContaining([...pagefind, ...filesUnder('_astro'), 'favicon.svg', 'search/words.json']),
    );
  });

  test('stores neither the headers file nor itself', () => {
    expect(precached).not.toContain('_headers');
    expect(precached).not.toContain(OFFLINE_WORKER_PATH.slice(1));
  });

  test('loads nothing from another site', () => {
    expect(worker).not.toContain('importScripts');
    for (const url of precached) expect(url).not.toMatch(/^(https?:)?\/\//);
    // The only address of another site in the file is in a message Workbox writes to the console.
    const elsewhere = [...worker.matchAll(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`]*/gi)].map((match) => match[0]);
    expect(elsewhere).toEqual(['https://bit.ly/wb-precache']);
    const naming = literalsContaining('https://bit.ly/wb-precache');
    expect(naming).toHaveLength(1);
    expect(naming[0].getText(workerTree)).toContain('Learn more at https://bit.ly/wb-precache');
    expect(isConsoleWarning(naming[0])).toBe(true);
  });

  test('ignores every query parameter Pagefind adds to bust caches, and the search words, so the stored files answer', () => {
    const pagefindScripts = ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js'].map((file) =>
      readFileSync(join(DIST, file), 'utf8'),
    );
    const added = new Set(
      pagefindScripts.flatMap((script) => [...script.matchAll(/[?&]([a-z_]+)=\$\{/gi)].map((match) => match[1])),
    );
    // The worker's own list, read from its code: the regular expressions it gives to ignoreURLParametersMatching.
    const lists = regexListsGivenTo('ignoreURLParametersMatching');
    expect(lists).toHaveLength(1);
    const ignored = lists[0].map((literal) => {
      const [, source, flags] = /^\/(.*)\/([a-z]*)$/.exec(literal)!;
      return new RegExp(source, flags);
    });

    expect(added.size).toBeGreaterThan(0);
    // Every page's search box sends its words to /search/?q=…, which the stored search page answers.
    for (const name of [...added, 'q'])
      expect(
        ignored.some((pattern) => pattern.test(name)),
        name,
      ).toBe(true);
  });
});

test("only the counsellors' hubs (/counsellors/, /fr/counsellors/…) offer the offline copy, and no other page can register a worker", () => {
  const offering = builtPages().filter((path) => parsedPage(path)('[data-offline-copy]').length > 0);
  const registering = builtPages().filter((path) => /serviceWorker\.register|\.register\(/.test(readPage(path)));

  const hubs = LANGS.map((lang) => hubPath(lang, 'counsellors')).sort();
  expect(offering).toEqual(hubs);
  expect(registering).toEqual(hubs);
});
