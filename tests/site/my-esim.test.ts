import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { pathInEdition } from '../../src/lib/editions/editions.ts';
import { providerPath } from '../../src/lib/providers/providers.ts';
import { siteConfig } from '../../src/site.config.ts';
import { editionHomeOf, isArticlePage, traditionalPathOf } from '../support/built-site.ts';
import { contentProviders } from '../support/content.ts';
import { budget } from '../support/budgets.ts';
import { builtPages, readDistText, withImports, type BuiltScript } from '../support/dist.ts';

/**
 * 我的 eSIM (issue 23): at most 1,500 bytes gzip of JavaScript on the pages that use it, and none added to articles.
 * The seller pages' mark weighs 1,084 (its own 713 and the snapshot's parsing and storage, 371, shared with the
 * reminder); the reminder's lead added 553 to the reminder (5,607 before, 6,160 after: tests/site/reminder-budget.test.ts).
 */
const FEATURE_BUDGET = budget.myEsimJs;
const DEFINES_MARK = /customElements\.define\(\s*["'`]my-esim-mark["'`]/;

const pages = builtPages();
const providerPaths = new Set(
  contentProviders().flatMap(({ id }) => [providerPath(id), traditionalPathOf(providerPath(id))]),
);
const reminderPages = new Set([siteConfig.renewalGuidePath, traditionalPathOf(siteConfig.renewalGuidePath)]);

/** Every module a page loads (its module scripts and what they import), each with its gzip size. */
function scriptsOf(document: Document): (BuiltScript & { bytes: number })[] {
  return [...document.querySelectorAll('script[type="module"]')]
    .flatMap((script) => {
      const src = script.getAttribute('src');
      return withImports(src ? { path: src, text: readDistText(src) } : { path: null, text: script.textContent ?? '' });
    })
    .map((script) => ({ ...script, bytes: gzipSync(script.text).length }));
}

describe.each(pages.filter(({ path }) => providerPaths.has(path)).map((page) => [page.path, page] as const))(
  '%s',
  (path, { document }) => {
    test(`offers 这是我的 eSIM, which remembers this page's steps and its edition's service worker`, () => {
      const mark = document.querySelector('my-esim-mark');
      expect(mark?.querySelector('button')?.textContent?.trim()).toMatch(/^这是我的 eSIM|^這是我的 eSIM/);
      const [stepsPath, anchor] = mark!.getAttribute('data-path')!.split('#');
      expect(stepsPath).toBe(path);
      expect(document.getElementById(anchor!)?.tagName).toBe('H2');
      expect(mark!.getAttribute('data-service-worker')).toBe(`${editionHomeOf(path)}sw.js`);
    });

    test(`ships the mark's JavaScript, and only it, in at most ${FEATURE_BUDGET} bytes gzip`, () => {
      const scripts = scriptsOf(document);
      expect(scripts.some(({ text }) => DEFINES_MARK.test(text))).toBe(true);
      const total = scripts.reduce((sum, { bytes }) => sum + bytes, 0);
      expect(total, `${total} bytes gzip in ${scripts.length} file(s)`).toBeLessThanOrEqual(FEATURE_BUDGET);
    });
  },
);

test('no article ships JavaScript, but the four-steps article its reminder (with the lead, without the mark)', () => {
  const articles = pages.filter(({ path, document }) => isArticlePage(document) && !providerPaths.has(path));
  expect(articles.length).toBeGreaterThan(4);
  const withScripts = articles
    .filter(({ document }) => scriptsOf(document).length > 0)
    .map(({ path }) => path)
    .sort();
  expect(withScripts).toEqual([...reminderPages].sort());
  for (const { document } of articles.filter(({ path }) => reminderPages.has(path))) {
    expect(scriptsOf(document).some(({ text }) => DEFINES_MARK.test(text))).toBe(false);
    expect(document.querySelector('renewal-reminder [data-mine="card"]')).not.toBeNull();
  }
});

test('the home pages lead with 我的 eSIM, announced, above the reminder form; hidden until the script fills it', () => {
  for (const home of ['/', pathInEdition('/', 'zh-Hant')]) {
    const { document } = pages.find(({ path }) => path === home)!;
    const card = document.querySelector<HTMLElement>('renewal-reminder [data-mine="card"]')!;
    expect(card.hasAttribute('hidden')).toBe(true);
    expect(card.parentElement?.getAttribute('aria-live')).toBe('polite');
    const inOrder = [...document.querySelectorAll('renewal-reminder *')];
    expect(inOrder.indexOf(card)).toBeLessThan(inOrder.indexOf(document.querySelector('renewal-reminder form')!));
  }
});
