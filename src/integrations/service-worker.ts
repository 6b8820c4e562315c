import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { allEditions, pathInEdition, type Edition } from '../lib/editions/editions.ts';
import {
  fillSaveEverythingSize,
  isInOfflineCopy,
  isSearchFile,
  offlineCopy,
  saveEverythingSizeMarker,
  type BuiltFile,
  type OfflineCopy,
} from '../lib/build/precache.ts';
import { siteConfig } from '../site.config.ts';
import { filesUnder } from '../lib/files/files-under.ts';

const serviceWorkerSource = new URL('../service-worker/sw.js', import.meta.url);

/** What `writeServiceWorker` wrote for an edition: its offline copy, the worker and the list of everything. */
export interface ServiceWorkerBuild extends OfflineCopy {
  edition: Edition;
  /** The registered script, `sw.js` at the root of the edition (`/`, `/zh-hant/`): its scope is that edition. */
  registeredFile: string;
  /** The worker of this build, `sw-<version>.js`, which `sw.js` imports. */
  workerFile: string;
  workerBytes: number;
}

/** The save-offline page of an edition, as a file in dist/. */
const saveOfflineFile = (edition: Edition) => `${pathInEdition(siteConfig.saveOfflinePath, edition).slice(1)}index.html`;

/**
 * Writes the service workers into a built site folder, one per edition: `sw-<version>.js`, the worker
 * with the edition's shell, `sw-<hash>.json`, the list of everything it can keep, and `sw.js` at the
 * edition's root, the registered script, which only imports the worker. The browser fetches `sw.js` on
 * every visit to look for a new deploy, so that check costs a few bytes. First it writes the size of
 * everything into each edition's save-offline page, which can only be measured once every page is built.
 */
export async function writeServiceWorker(siteDir: string): Promise<ServiceWorkerBuild[]> {
  const files: BuiltFile[] = await Promise.all(
    filesUnder(siteDir)
      .filter((file) => allEditions.some((edition) => isInOfflineCopy(file, edition) || isSearchFile(file, edition)))
      .map(async (file) => ({ file, content: await readFile(join(siteDir, file)) })),
  );
  // The source's comments (on lines of their own) and indentation are for its readers, not for the reader's phone.
  const code = (await readFile(serviceWorkerSource, 'utf8'))
    .replace(/^\s*\/\*\*[\s\S]*?\*\/\n/gm, '')
    .replace(/^\s*\/\/.*\n/gm, '')
    .replace(/^[ \t]+/gm, '');
  for (const edition of allEditions) {
    const page = files.find(({ file }) => file === saveOfflineFile(edition));
    const html = page?.content.toString();
    if (!page || !html?.includes(saveEverythingSizeMarker)) continue;
    page.content = fillSaveEverythingSize(html, offlineCopy(files, code, edition).restBytes);
    await writeFile(join(siteDir, page.file), page.content);
  }
  return Promise.all(
    allEditions.map(async (edition) => {
      const copy = offlineCopy(files, code, edition);
      const workerFile = `sw-${copy.manifest.version}.js`;
      // The same path the pages register (src/service-worker/registration.ts), as a file in dist/.
      const registeredFile = pathInEdition('/sw.js', edition).slice(1);
      const worker = `${code}\nstartServiceWorker(${JSON.stringify(copy.manifest)});\n`;
      await writeFile(join(siteDir, workerFile), worker);
      await writeFile(join(siteDir, copy.manifest.everything.slice(1)), JSON.stringify(copy.everything));
      await writeFile(join(siteDir, copy.searchList.file), copy.searchList.content);
      await writeFile(join(siteDir, registeredFile), `importScripts('/${workerFile}');\n`);
      return { ...copy, edition, registeredFile, workerFile, workerBytes: Buffer.byteLength(worker) };
    }),
  );
}

/** Generates the offline service workers (`dist/sw.js`, `dist/zh-hant/sw.js`, `dist/sw-<version>.js`) at the end of every `astro build`. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        for (const { registeredFile, manifest, workerFile, workerBytes, everything, searchEntries, shellBytes, restBytes, searchBytes } of await writeServiceWorker(fileURLToPath(dir))) {
          logger.info(
            `${registeredFile} → ${workerFile} (${workerBytes} B): the first visit keeps ${manifest.entries.length} files (${shellBytes} B gzip), saving everything ${everything.length} (${restBytes} B more, ` +
              `of which search ${searchEntries.length} files, ${searchBytes} B)`,
          );
        }
      },
    },
  };
}
