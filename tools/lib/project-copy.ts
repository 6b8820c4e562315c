// A throwaway copy of the project for builds that must not touch the real content/ (the editor's path
// test, the build benchmark). Plain Node with relative imports: tools/bench runs it too.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** What a copy leaves out: installed packages (shared by symlinks instead) and generated output. */
const notCopied = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.vitest',
  '.git',
  'reports',
  'test-results',
  'playwright-report',
]);

/**
 * Astro's and Vite's caches inside node_modules/: each copy keeps its own, so a copy built beside the project
 * (npm run check builds both at once) never reads or overwrites the project's content store.
 */
const cacheFolders = new Set(['.astro', '.vite', '.cache']);

/** Copies the project's sources into a new temporary folder that shares the installed packages; returns its path. */
export function copyProject(prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  cpSync(projectRoot, copy, {
    recursive: true,
    filter: (source) => {
      const path = relative(projectRoot, source).split(sep);
      return !notCopied.has(path[0]!) && !(path[0] === 'tools' && path[1] === 'node_modules');
    },
  });
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!cacheFolders.has(entry))
      symlinkSync(join(projectRoot, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
  return copy;
}
