import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../lib/files/files-under.ts';
import { withPolicyMeta } from '../lib/security/content-security-policy.ts';

/**
 * Writes each built page's Content-Security-Policy meta tag: script-src and style-src with the hashes of
 * what that page inlines (src/lib/security/content-security-policy.ts), once the build has written the
 * page, so over its final bytes (the Traditional conversion included). Astro's own `security.csp` lists
 * every hash of the whole site on every page: 983 B gzip on the median page against this one's 166 B
 * (BENCHMARKS.md). deploy/nginx.conf sends the rest of the policy as a header. Not in `astro dev`, whose
 * injected scripts have no hashes. Listed before the integrations that read the finished pages.
 */
export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'guide:content-security-policy',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const siteDir = fileURLToPath(dir);
        for (const page of filesUnder(siteDir).filter((file) => file.endsWith('.html'))) {
          const path = join(siteDir, page);
          writeFileSync(path, withPolicyMeta(readFileSync(path, 'utf8')));
        }
      },
    },
  };
}
