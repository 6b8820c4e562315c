import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/site.config';
import { parseDocument } from '../support/html';

/** The budget: the reminder's JavaScript, dayjs included, at most 5 KB gzip on a built page. */
const BUDGET_BYTES = 5_000;
const DIST = 'dist';
const DEFINES_REMINDER = /customElements\.define\(\s*["'`]renewal-reminder["'`]/;
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g;

/** A script as the browser gets it: its text and the file it came from (none when inlined). */
interface Script {
  file: string | null;
  text: string;
}

/** The module scripts of a built page: external files and inline scripts. */
function moduleScripts(pagePath: string): Script[] {
  const document = parseDocument(readFileSync(join(DIST, pagePath), 'utf8'));
  return [...document.querySelectorAll('script[type="module"]')].map((script) => {
    const src = script.getAttribute('src');
    if (!src) return { file: null, text: script.textContent ?? '' };
    const file = join(DIST, src);
    return { file, text: readFileSync(file, 'utf8') };
  });
}

/** A script and every module it imports, statically or dynamically, each counted once. */
function withImports(entry: Script, seen = new Set<string>()): Script[] {
  const found: Script[] = [entry];
  for (const [, specifier] of entry.text.matchAll(RELATIVE_IMPORT)) {
    const file = join(entry.file ? dirname(entry.file) : join(DIST, '_astro'), specifier!);
    if (seen.has(file)) continue;
    seen.add(file);
    found.push(...withImports({ file, text: readFileSync(file, 'utf8') }, seen));
  }
  return found;
}

const gzipBytes = (text: string) => gzipSync(Buffer.from(text, 'utf8')).length;

describe.each(['index.html', 'renewal-steps/index.html'])('the renewal reminder on %s', (pagePath) => {
  test('ships its JavaScript, dayjs included, in at most 5 KB gzip', () => {
    expect(existsSync(join(DIST, pagePath)), `${pagePath} is built`).toBe(true);
    const entries = moduleScripts(pagePath).filter((script) => DEFINES_REMINDER.test(withImports(script).map(({ text }) => text).join('\n')));
    expect(entries, 'exactly one script defines <renewal-reminder>').toHaveLength(1);
    const modules = withImports(entries[0]!);
    const code = modules.map(({ text }) => text).join('\n');
    // dayjs's own error text: proof that dayjs is inside what is measured, not loaded some other way.
    expect(code).toContain('Invalid Date');
    const total = modules.reduce((sum, { text }) => sum + gzipBytes(text), 0);
    expect(total, `${total} bytes gzip across ${modules.length} file(s)`).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  test('loads nothing from another origin', () => {
    const document = parseDocument(readFileSync(join(DIST, pagePath), 'utf8'));
    const external = [...document.querySelectorAll('script[src], link[href], img[src]')]
      .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '')
      .filter((address) => /^(?:https?:)?\/\//.test(address) && !address.startsWith(`${siteConfig.url}/`));
    expect(external).toEqual([]);
  });
});
