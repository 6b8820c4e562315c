import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, redirectsFile, securityHeaders } from '../lib/security/headers.ts';

/**
 * What the hosts read beside the pages, from the one table of src/lib/security/headers.ts: `astro build`
 * writes `_headers` (Cloudflare Pages, Netlify) and `_redirects` (Netlify's 404 page per edition) into dist/,
 * and `astro preview` sends the security headers. A build that did not finish leaves a mark in Astro's cache
 * folder, and `astro preview` refuses to show the older dist/ as if it were that build's.
 * First in astro.config.mjs: the mark must be written before the content check can stop the build.
 */
export default function hostRules(): AstroIntegration {
  let unfinishedMark = '';
  return {
    name: 'host-rules',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        unfinishedMark = join(fileURLToPath(config.cacheDir), 'unfinished-build.json');
        if (command === 'build') {
          mkdirSync(dirname(unfinishedMark), { recursive: true });
          writeFileSync(unfinishedMark, JSON.stringify({ started: new Date().toISOString() }));
        } else if (command === 'preview') {
          if (existsSync(unfinishedMark)) {
            const { started } = JSON.parse(readFileSync(unfinishedMark, 'utf8')) as { started: string };
            logger.error(
              `上一次构建（${new Date(started).toLocaleString('zh-CN', { hour12: false })} 开始）没有完成，dist/ 里还是更早那次构建的网站，预览它会让你以为改动已经生效。` +
                '请先按 npm run build 列出的错误改好，再运行 npm run build，然后再运行 npm run preview。',
            );
            // Not a thrown error: Astro would add an English stack trace.
            process.exit(1);
          }
          updateConfig({ server: { headers: { ...securityHeaders } } });
        }
      },
      'astro:build:done': ({ dir }) => {
        const site = fileURLToPath(dir);
        writeFileSync(join(site, '_headers'), headersFile());
        writeFileSync(join(site, '_redirects'), redirectsFile());
        rmSync(unfinishedMark, { force: true });
      },
    },
  };
}
