import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { allEditions, pathInEdition, type Edition } from '../lib/editions/editions.ts';
import {
  fillSaveEverythingSize,
  isInOfflineCopy,
  isSearchFile,
  offlineCopy,
  saveEverythingBytes,
  saveEverythingSizeMarker,
  transferBytes,
  withRevision,
  type BuiltFile,
  type OfflineCopy,
} from './precache.ts';
import { siteConfig } from '../site.config.ts';
import { filesUnder } from '../lib/files/files-under.ts';

const workerSource = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** The worker's code as readers get it: compiled and minified by esbuild, with what it imports bundled in. */
async function compileWorker(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [workerSource],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return outputFiles[0]!.text;
}

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
const saveOfflineFile = (edition: Edition) =>
  `${pathInEdition(siteConfig.saveOfflinePath, edition).slice(1)}index.html`;

/** The files of either edition's offline copy and search, as built. */
async function readOfflineFiles(siteDir: string): Promise<BuiltFile[]> {
  return Promise.all(
    filesUnder(siteDir)
      .filter((file) => allEditions.some((edition) => isInOfflineCopy(file, edition) || isSearchFile(file, edition)))
      .map(async (file) => ({ file, content: await readFile(join(siteDir, file)) })),
  );
}

/** Writes each page's revision into it (./revision.ts), in `files` and on disk, where it changed. */
async function writeRevisions(siteDir: string, files: readonly BuiltFile[]): Promise<BuiltFile[]> {
  return Promise.all(
    files.map(async (built) => {
      if (!built.file.endsWith('.html')) return built;
      const page = withRevision(built);
      if (!Buffer.from(built.content).equals(Buffer.from(page.content)))
        await writeFile(join(siteDir, page.file), page.content);
      return page;
    }),
  );
}

/**
 * Writes into each edition's save-offline page what saving everything downloads beyond the shell
 * (`restBytesOf`), which can only be measured once every page is built; then the page's new revision.
 */
async function writeSaveEverythingSizes(
  siteDir: string,
  files: readonly BuiltFile[],
  restBytesOf: (edition: Edition) => number,
): Promise<BuiltFile[]> {
  const filled = new Map<string, BuiltFile>();
  for (const edition of allEditions) {
    const page = files.find(({ file }) => file === saveOfflineFile(edition));
    const html = page && Buffer.from(page.content).toString('utf8');
    if (!page || !html?.includes(saveEverythingSizeMarker)) continue;
    const done = withRevision({
      file: page.file,
      content: fillSaveEverythingSize(html, restBytesOf(edition)),
    });
    await writeFile(join(siteDir, done.file), done.content);
    filled.set(done.file, done);
  }
  return files.map((built) => filled.get(built.file) ?? built);
}

/** `transferBytes` that measures each file once: the save-offline sizes and both editions' copies share files. */
function measureOnce(): (file: BuiltFile) => number {
  const measured = new WeakMap<BuiltFile, number>();
  return (file) => {
    let bytes = measured.get(file);
    if (bytes === undefined) measured.set(file, (bytes = transferBytes(file)));
    return bytes;
  };
}

/** Writes an edition's worker, its lists and its `sw.js`. */
async function writeEditionWorker(
  siteDir: string,
  code: string,
  copy: OfflineCopy,
  edition: Edition,
): Promise<ServiceWorkerBuild> {
  const workerFile = `sw-${copy.manifest.version}.js`;
  // The same path the pages register (./registration.ts), as a file in dist/.
  const registeredFile = pathInEdition('/sw.js', edition).slice(1);
  const worker = `const manifest=${JSON.stringify(copy.manifest)};\n${code}`;
  await writeFile(join(siteDir, workerFile), worker);
  await writeFile(join(siteDir, copy.manifest.everything.slice(1)), JSON.stringify(copy.everything));
  await writeFile(join(siteDir, copy.searchList.file), copy.searchList.content);
  await writeFile(join(siteDir, registeredFile), `importScripts('/${workerFile}');\n`);
  return { ...copy, edition, registeredFile, workerFile, workerBytes: Buffer.byteLength(worker) };
}

/**
 * Writes the service workers into a built site folder, one per edition: `sw-<version>.js`, the worker
 * with the edition's shell, `sw-<hash>.json`, the list of everything it can keep, and `sw.js` at the
 * edition's root, the registered script, which only imports the worker. The browser fetches `sw.js` on
 * every visit to look for a new deploy, so that check costs a few bytes. First it writes each page's revision
 * into it, and the size of everything into each edition's save-offline page.
 */
export async function writeServiceWorker(siteDir: string): Promise<ServiceWorkerBuild[]> {
  const bytesOf = measureOnce();
  const [code, files] = await Promise.all([
    compileWorker(),
    readOfflineFiles(siteDir).then((read) => writeRevisions(siteDir, read)),
  ]);
  // The page's own few changed bytes aside, what the copy will download: the search list included, which at
  // 1,000 articles is 19 KB gzip.
  const final = await writeSaveEverythingSizes(siteDir, files, (edition) =>
    saveEverythingBytes(files, edition, bytesOf),
  );
  return Promise.all(
    allEditions.map((edition) =>
      writeEditionWorker(siteDir, code, offlineCopy(final, code, edition, bytesOf), edition),
    ),
  );
}

/** Generates the offline service workers (`dist/sw.js`, `dist/zh-hant/sw.js`, `dist/sw-<version>.js`) at the end of every `astro build`. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        for (const {
          registeredFile,
          manifest,
          workerFile,
          workerBytes,
          everything,
          searchEntries,
          shellBytes,
          restBytes,
          searchBytes,
        } of await writeServiceWorker(fileURLToPath(dir))) {
          logger.info(
            `${registeredFile} → ${workerFile} (${workerBytes} B): the first visit keeps ${manifest.entries.length} files (${shellBytes} B gzip), saving everything ${everything.length} (${restBytes} B more, ` +
              `of which search ${searchEntries.length} files, ${searchBytes} B)`,
          );
        }
      },
    },
  };
}
