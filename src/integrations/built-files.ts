import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file of a built site folder, as paths relative to it with forward slashes. */
export async function builtFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
