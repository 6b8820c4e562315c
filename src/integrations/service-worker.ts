import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isPrecached, precacheManifest, type PrecacheManifest } from '../lib/precache';
import { builtFiles } from './built-files';

const serviceWorkerSource = new URL('../service-worker/sw.js', import.meta.url);

/** What `writeServiceWorker` wrote: the manifest, the worker's size and the size of everything it keeps. */
export interface ServiceWorkerBuild {
  manifest: PrecacheManifest;
  /** The worker of this build, `sw-<version>.js`, which `sw.js` imports. */
  workerFile: string;
  workerBytes: number;
  precacheBytes: number;
}

/**
 * Writes the service worker into a built site folder: `sw-<version>.js`, the worker with the precache
 * manifest of the files in that folder, and `sw.js`, the registered script, which only imports it. The
 * browser fetches `sw.js` on every visit to look for a new deploy, so that check costs a few bytes.
 */
export async function writeServiceWorker(siteDir: string): Promise<ServiceWorkerBuild> {
  const files = await Promise.all(
    (await builtFiles(siteDir))
      .filter(isPrecached)
      .map(async (file) => ({ file, content: await readFile(join(siteDir, file)) })),
  );
  // The source's comments, each on a line of its own, are for its readers, not for the reader's phone.
  const code = (await readFile(serviceWorkerSource, 'utf8')).replace(/^\s*(\/\/.*|\/\*\*.*\*\/)\n/gm, '');
  const manifest = precacheManifest(files, code);
  const workerFile = `sw-${manifest.version}.js`;
  const worker = `${code}\nstartServiceWorker(${JSON.stringify(manifest)});\n`;
  await writeFile(join(siteDir, workerFile), worker);
  await writeFile(join(siteDir, 'sw.js'), `importScripts('/${workerFile}');\n`);
  return {
    manifest,
    workerFile,
    workerBytes: Buffer.byteLength(worker),
    precacheBytes: files.reduce((total, { content }) => total + content.byteLength, 0),
  };
}

/** Generates the offline service worker (`dist/sw.js`, `dist/sw-<version>.js`) at the end of every `astro build`. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { manifest, workerFile, workerBytes, precacheBytes } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(
          `${workerFile} (${workerBytes} B) keeps ${manifest.entries.length} files (${precacheBytes} B) offline`,
        );
      },
    },
  };
}
