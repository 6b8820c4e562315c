import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isPrecached, precacheManifest, type PrecacheManifest } from '../lib/precache';

const serviceWorkerSource = new URL('../service-worker/sw.js', import.meta.url);

/** What `writeServiceWorker` wrote: the manifest, the worker's size and the size of everything it keeps. */
export interface ServiceWorkerBuild {
  manifest: PrecacheManifest;
  serviceWorkerBytes: number;
  precacheBytes: number;
}

/** Writes `sw.js` into a built site folder, with the precache manifest of the files in that folder. */
export async function writeServiceWorker(siteDir: string): Promise<ServiceWorkerBuild> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter(isPrecached)
      .map(async (file) => ({ file, content: await readFile(join(siteDir, file)) })),
  );
  const manifest = precacheManifest(files);
  const code = `${await readFile(serviceWorkerSource, 'utf8')}\nstartServiceWorker(${JSON.stringify(manifest)});\n`;
  await writeFile(join(siteDir, 'sw.js'), code);
  return {
    manifest,
    serviceWorkerBytes: Buffer.byteLength(code),
    precacheBytes: files.reduce((total, { content }) => total + content.byteLength, 0),
  };
}

/** Generates the offline service worker (`dist/sw.js`) at the end of every `astro build`. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { manifest, serviceWorkerBytes, precacheBytes } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(
          `sw.js ${serviceWorkerBytes} B, version ${manifest.version}: ${manifest.entries.length} files (${precacheBytes} B) kept offline`,
        );
      },
    },
  };
}
