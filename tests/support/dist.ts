import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../../src/lib/files/files-under.ts';
import { urlPathOf } from '../../src/offline/precache.ts';
import { parseDocument } from './html.ts';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** A built HTML page: its URL path (`/faq/`, `/404.html`), its file in dist/, its text and parsed document. */
export interface BuiltPage {
  path: string;
  file: string;
  html: string;
  document: Document;
}

/** Every file under dist/, as paths relative to it with forward slashes. */
export function distFiles(): string[] {
  if (!existsSync(distDir)) throw new Error('dist/ 不存在：请先运行 npm run build。');
  return filesUnder(distDir);
}

/** A file of dist/ by its URL path (`/_astro/a%20b.js`) or its path in dist/ (`faq/index.html`). */
export function readDist(path: string): Buffer {
  return readFileSync(join(distDir, decodeURIComponent(path)));
}

/** The text of a file of dist/, addressed as for `readDist`. */
export function readDistText(path: string): string {
  return readDist(path).toString('utf8');
}

/** A script as the browser gets it: its URL path (null when it is inline in a page) and its text. */
export interface BuiltScript {
  path: string | null;
  text: string;
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`]+\.js)["'`]/g;

/**
 * `entry` and every built module it imports, each once: `import … from "./chunk.js"`, and with `dynamic`
 * also `import("./chunk.js")`. An inline script's imports are resolved against /_astro/.
 */
export function withImports(entry: BuiltScript, { dynamic = false } = {}, seen = new Set<string>()): BuiltScript[] {
  const found = [entry];
  for (const pattern of dynamic ? [STATIC_IMPORT, DYNAMIC_IMPORT] : [STATIC_IMPORT]) {
    for (const [, specifier] of entry.text.matchAll(pattern)) {
      const path = new URL(specifier!, `http://site${entry.path ?? '/_astro/'}`).pathname;
      if (seen.has(path)) continue;
      seen.add(path);
      found.push(...withImports({ path, text: readDistText(path) }, { dynamic }, seen));
    }
  }
  return found;
}

let parsedPages: BuiltPage[] | undefined;

/**
 * Every built HTML page, parsed once per process: the browser tests' spec files share one parse (two seconds
 * at 300 added articles), where each used to parse dist/ again.
 */
export function builtPages(): BuiltPage[] {
  parsedPages ??= distFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readDistText(file);
      return { path: urlPathOf(file), file, html, document: parseDocument(html) };
    });
  return parsedPages;
}
