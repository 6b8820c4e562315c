import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtPages, distDir } from '../support/dist';

/** The budget: the reminder's JavaScript, dayjs included, at most 5 KB (5,000 bytes) gzip on a built page. */
const BUDGET_BYTES = 5_000;
const DEFINES_REMINDER = /customElements\.define\(\s*["'`]renewal-reminder["'`]/;
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g;

/** A script as the browser gets it: its text and the file it came from (none when inlined). */
interface Script {
  file: string | null;
  text: string;
}

/** A script and every module it imports, statically or dynamically, each counted once. */
function withImports(entry: Script, seen = new Set<string>()): Script[] {
  const found: Script[] = [entry];
  for (const [, specifier] of entry.text.matchAll(RELATIVE_IMPORT)) {
    const file = join(entry.file ? dirname(entry.file) : join(distDir, '_astro'), specifier!);
    if (seen.has(file)) continue;
    seen.add(file);
    found.push(...withImports({ file, text: readFileSync(file, 'utf8') }, seen));
  }
  return found;
}

const pagesWithReminder = builtPages().filter(({ document }) => document.querySelector('renewal-reminder'));

test('the reminder is on the home page and the four-steps article, in both editions', () => {
  expect(pagesWithReminder.map(({ path }) => path).sort()).toEqual(['/', '/renewal-steps/', '/zh-hant/', '/zh-hant/renewal-steps/']);
});

describe.each(pagesWithReminder.map((page) => [page.path, page] as const))('the renewal reminder on %s', (_, { document }) => {
  test(`ships its JavaScript, dayjs included, in at most ${BUDGET_BYTES} bytes gzip`, () => {
    const scripts: Script[] = [...document.querySelectorAll('script[type="module"]')].map((script) => {
      const src = script.getAttribute('src');
      if (!src) return { file: null, text: script.textContent ?? '' };
      const file = join(distDir, src);
      return { file, text: readFileSync(file, 'utf8') };
    });
    const graphs = scripts.map((script) => withImports(script)).filter((graph) => graph.some(({ text }) => DEFINES_REMINDER.test(text)));
    expect(graphs, 'exactly one script defines <renewal-reminder>').toHaveLength(1);
    const modules = graphs[0]!;
    // dayjs's own error text: proof that dayjs is inside what is measured, not loaded some other way.
    expect(modules.some(({ text }) => text.includes('Invalid Date'))).toBe(true);
    const total = modules.reduce((sum, { text }) => sum + gzipSync(text).length, 0);
    expect(total, `${total} bytes gzip across ${modules.length} file(s)`).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
