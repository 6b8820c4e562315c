// A throwaway copy of the project for builds that must not touch the real content/ (the editor's path
// test, the build benchmark). Plain Node with relative imports: tools/bench runs it too.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** What a copy leaves out: installed packages (shared by a symlink instead) and generated output. */
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

/** Copies the project's sources into a new temporary folder that shares node_modules/; returns its path. */
export function copyProject(prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  cpSync(projectRoot, copy, {
    recursive: true,
    filter: (source) => {
      const path = relative(projectRoot, source).split(sep);
      return !notCopied.has(path[0]!) && !(path[0] === 'tools' && path[1] === 'node_modules');
    },
  });
  symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}
