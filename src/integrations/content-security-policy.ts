import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withPolicyMeta } from '../lib/content-security-policy';
import { builtFiles } from './built-files';

/**
 * Writes each built page's Content-Security-Policy meta tag: script-src and style-src with the hashes of
 * what that page inlines (src/lib/content-security-policy.ts). Astro's own `security.csp` lists every hash
 * of the whole site on every page, about 670 bytes gzip each; this lists a page's own, about 150.
 * deploy/nginx.conf sends the rest of the policy as a header. List it before the service worker, which
 * keeps the pages as written here.
 */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'guide:content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const pages = (await builtFiles(siteDir)).filter((file) => file.endsWith('.html'));
        for (const page of pages) {
          const path = join(siteDir, page);
          await writeFile(path, withPolicyMeta(await readFile(path, 'utf8')));
        }
        logger.info(`CSP meta tag written to ${pages.length} pages`);
      },
    },
  };
}
