import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/site.config.ts';
import { budget } from '../support/budgets.ts';
import { builtPages, distFiles, readDist, readDistText, withImports } from '../support/dist.ts';

const gzipSize = (text: string | Buffer) => gzipSync(text).length;

interface FirstView {
  page: string;
  html: number;
  css: number;
  js: number;
  widget: 'reminder' | 'search' | 'saveOffline' | 'myEsim' | null;
}

const origin = new URL(siteConfig.url).origin;
const isLocal = (reference: string) => new URL(reference, origin).origin === origin;

const pages = builtPages();
const files = distFiles();

const views: FirstView[] = pages.map(({ path, html, document }) => {
  const stylesheets = [...document.querySelectorAll('link[rel~="stylesheet"][href]')]
    .map((link) => link.getAttribute('href')!)
    .filter(isLocal);
  const scriptEntries = [
    ...[...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')!),
    ...[...document.querySelectorAll('link[rel="modulepreload"][href]')].map((link) => link.getAttribute('href')!),
  ].filter(isLocal);
  // A script's static imports load with it, so its chunks count as first view.
  const scriptFiles = new Set(
    scriptEntries.flatMap((src) => {
      const path = new URL(src, origin).pathname;
      return withImports({ path, text: readDistText(path) }).map((script) => script.path!);
    }),
  );
  const inlineScripts = [...document.querySelectorAll('script:not([src])')]
    .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
    .map((script) => script.textContent ?? '');
  return {
    page: path,
    html: gzipSize(html),
    css: stylesheets.reduce((sum, href) => sum + gzipSize(readDist(new URL(href, origin).pathname)), 0),
    js:
      [...scriptFiles].reduce((sum, src) => sum + gzipSize(readDist(src)), 0) +
      inlineScripts.reduce((sum, script) => sum + (script.trim() ? gzipSize(script) : 0), 0),
    widget: document.querySelector('renewal-reminder')
      ? 'reminder'
      : document.querySelector('site-search')
        ? 'search'
        : document.querySelector('save-offline')
          ? 'saveOffline'
          : document.querySelector('my-esim-mark')
            ? 'myEsim'
            : null,
  };
});

afterAll(() => {
  console.log('\nFirst view per page (bytes, gzip):');
  console.table(views.map(({ page, html, css, js }) => ({ page, html, css, js, total: html + css + js })));
});

describe.each(views.map((view) => [view.page, view] as const))('%s', (_, view) => {
  test(`first view (HTML + CSS + JS) is at most ${budget.firstView} bytes gzip`, () => {
    expect(view.html + view.css + view.js).toBeLessThanOrEqual(budget.firstView);
  });

  const jsBudget = view.widget ? budget[`${view.widget}Js`] : budget.jsWithoutWidget;
  test(
    view.widget
      ? `ships at most ${jsBudget} bytes of JS (the ${view.widget} widget)`
      : 'ships no JavaScript at all on first view',
    () => {
      expect(view.js).toBeLessThanOrEqual(jsBudget);
    },
  );
});

test.each(views.filter((view) => /(^|\/)search\/$/.test(view.page)).map((view) => [view.page, view] as const))(
  `%s ships at most ${budget.searchPageJs} bytes of JS before the first query`,
  (_, view) => {
    expect(view.js).toBeGreaterThan(0);
    expect(view.js).toBeLessThanOrEqual(budget.searchPageJs);
  },
);

/** Every class name the search results' script sets (`x.className = '…'`), read from its source. */
const searchResultClasses = [
  ...readFileSync(new URL('../../src/components/search-results.ts', import.meta.url), 'utf8').matchAll(
    /className = '([^']+)'/g,
  ),
].flatMap(([, names]) => names!.split(' '));

test.each(pages.filter(({ path }) => /(^|\/)search\/$/.test(path)).map(({ path, html }) => [path, html] as const))(
  '%s styles the results its script builds, although no element has those classes yet',
  (_, html) => {
    expect(searchResultClasses.length).toBeGreaterThan(3);
    const style = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css).join('');
    for (const name of searchResultClasses) expect(style, name).toMatch(new RegExp(`\\.${name}[{>:,\\s)]`));
  },
);

test('no web fonts are built or referenced', () => {
  expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
  const css = files.filter((file) => file.endsWith('.css'));
  expect(css.filter((file) => /@font-face/i.test(readDist(`/${file}`).toString('utf8')))).toEqual([]);
});

test('no page requests anything from another origin', () => {
  const resourceSelectors =
    'script[src], img[src], iframe[src], source[src], video[src], audio[src], link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="icon"], link[rel~="manifest"], link[rel~="apple-touch-icon"], link[rel~="prefetch"]';
  const foreign = pages.flatMap(({ path, document }) =>
    [...document.querySelectorAll(resourceSelectors)]
      .flatMap((element) => [
        element.getAttribute('src'),
        element.getAttribute('href'),
        ...(element.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0]),
      ])
      .filter((reference): reference is string => !!reference && !isLocal(reference))
      .map((reference) => `${path} → ${reference}`),
  );
  const cssImports = files
    .filter((file) => file.endsWith('.css'))
    .flatMap((file) =>
      [
        ...readDist(`/${file}`)
          .toString('utf8')
          .matchAll(/url\(\s*["']?(https?:)?\/\/[^)]+\)|@import\s+["']?(https?:)?\/\//g),
      ].map((match) => `${file} → ${match[0]}`),
    );
  expect([...foreign, ...cssImports]).toEqual([]);
});

test("no page ships an HTML comment: notes for the team belong in the source, not in every reader's download", () => {
  const commented = pages.filter(({ html }) => html.includes('<!--')).map(({ path }) => path);
  expect(commented).toEqual([]);
});
