import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { allEditions, pathInEdition, type Edition } from '../lib/editions';
import { isPrecached, isSearchFile, precacheManifest, type PrecacheManifest } from '../lib/precache';
import { filesUnder } from './files-under';

const serviceWorkerSource = new URL('../service-worker/sw.js', import.meta.url);

/** What `writeServiceWorker` wrote for an edition: the manifest, the worker's size and the size of everything it keeps. */
export interface ServiceWorkerBuild {
  edition: Edition;
  manifest: PrecacheManifest;
  /** The registered script, `sw.js` at the root of the edition (`/`, `/zh-hant/`): its scope is that edition. */
  registeredFile: string;
  /** The worker of this build, `sw-<version>.js`, which `sw.js` imports. */
  workerFile: string;
  workerBytes: number;
  precacheBytes: number;
  /** What the first search online adds to the offline copy: the edition's search files. */
  searchBytes: number;
}

/**
 * Writes the service workers into a built site folder, one per edition: `sw-<version>.js`, the worker
 * with the precache manifest of that edition's files, and `sw.js` at the edition's root, the registered
 * script, which only imports it. The browser fetches `sw.js` on every visit to look for a new deploy, so
 * that check costs a few bytes.
 */
export async function writeServiceWorker(siteDir: string): Promise<ServiceWorkerBuild[]> {
  const files = await Promise.all(
    filesUnder(siteDir)
      .filter((file) => allEditions.some((edition) => isPrecached(file, edition) || isSearchFile(file, edition)))
      .map(async (file) => ({ file, content: await readFile(join(siteDir, file)) })),
  );
  // The source's comments, each on a line of its own, are for its readers, not for the reader's phone.
  const code = (await readFile(serviceWorkerSource, 'utf8')).replace(/^\s*(\/\/.*|\/\*\*.*\*\/)\n/gm, '');
  return Promise.all(
    allEditions.map(async (edition) => {
      const manifest = precacheManifest(files, code, edition);
      const workerFile = `sw-${manifest.version}.js`;
      // The same path the reminder registers (RenewalReminder.astro), as a file in dist/.
      const registeredFile = pathInEdition('/sw.js', edition).slice(1);
      const worker = `${code}\nstartServiceWorker(${JSON.stringify(manifest)});\n`;
      await writeFile(join(siteDir, workerFile), worker);
      await writeFile(join(siteDir, registeredFile), `importScripts('/${workerFile}');\n`);
      const bytesOf = (kept: (file: string, edition: Edition) => boolean) =>
        files.filter(({ file }) => kept(file, edition)).reduce((total, { content }) => total + content.byteLength, 0);
      return {
        edition,
        manifest,
        registeredFile,
        workerFile,
        workerBytes: Buffer.byteLength(worker),
        precacheBytes: bytesOf(isPrecached),
        searchBytes: bytesOf(isSearchFile),
      };
    }),
  );
}

/** Generates the offline service workers (`dist/sw.js`, `dist/zh-hant/sw.js`, `dist/sw-<version>.js`) at the end of every `astro build`. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        for (const { registeredFile, manifest, workerFile, workerBytes, precacheBytes, searchBytes } of await writeServiceWorker(fileURLToPath(dir))) {
          logger.info(
            `${registeredFile} → ${workerFile} (${workerBytes} B) keeps ${manifest.entries.length} files (${precacheBytes} B) offline, ` +
              `and ${manifest.searchEntries.length} search files (${searchBytes} B) after the first search`,
          );
        }
      },
    },
  };
}
