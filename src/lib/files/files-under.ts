import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under `directory` (none when it does not exist), as paths relative to it with forward
 * slashes. Used by the build (the service workers), the content check, `npm run new`, the tests and the
 * benchmark; it imports nothing of the project, so plain Node can load it.
 */
export function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
