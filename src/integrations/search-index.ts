import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Files Pagefind always writes that this site never loads: its ready-made search UIs, the highlighter
 * and the web worker (the search page runs Pagefind on the main thread). Left out of dist/ so they are
 * neither deployed nor cached offline.
 */
const UNUSED_BUNDLE = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;

/**
 * Builds the Pagefind index of the finished site into `dist/pagefind/`, so `astro build` (and with it
 * `npm run build`) always ships a search index that matches the pages. The dev server has no index
 * and says so when it starts.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:server:start': ({ logger }) => {
        logger.warn('开发模式没有站内搜索索引：要试用搜索，请先运行 npm run build，再运行 npm run preview。');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Pagefind runs as a child process: closed however indexing ends, or a failed build would hang on it.
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
          const added = await index.addDirectory({ path: site });
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          const problems = [...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(`生成搜索索引失败：${problems.join('；')}`);
          for (const file of readdirSync(written.outputPath)) {
            if (UNUSED_BUNDLE.test(file)) rmSync(`${written.outputPath}/${file}`);
          }
          logger.info(`搜索索引已生成（扫描了 ${added.page_count} 个页面）：${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
