import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { editions } from '../lib/editions/editions.ts';
import { buildScriptTables } from '../lib/editions/script-table.ts';
import { toTraditionalWords } from '../lib/editions/traditional-chinese.ts';

/**
 * Files Pagefind always writes that this site never loads: its ready-made search UIs, the highlighter
 * and the web worker (the search page runs Pagefind on the main thread). Left out of dist/ so they are
 * neither deployed nor cached offline.
 */
const UNUSED_BUNDLE = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;

/** The language of an edition's Pagefind index, as its file names spell it: `zh-hans`. */
const indexLanguage = (lang: string) => lang.toLowerCase();

/** The indexed text of each page of one language, read back from Pagefind's (gzipped) fragment files. */
function indexedTexts(pagefindDir: string, language: string): string[] {
  return readdirSync(`${pagefindDir}/fragment`)
    .filter((file) => file.startsWith(`${language}_`))
    .map((file) => {
      // Each file is `pagefind_dcd` (12 bytes), then the fragment's JSON.
      const fragment = JSON.parse(
        gunzipSync(readFileSync(`${pagefindDir}/fragment/${file}`))
          .subarray(12)
          .toString('utf8'),
      );
      return (fragment.content as string).replaceAll('\u200b', '');
    });
}

/**
 * Writes the tables the search page converts a query into its edition's script with (src/lib/editions/script-table.ts):
 * `script-table.<language>.json` beside the index, made from the indexed Simplified text.
 */
function writeScriptTables(pagefindDir: string): number[] {
  const { toTraditional, toSimplified } = buildScriptTables(
    indexedTexts(pagefindDir, indexLanguage(editions['zh-Hans'].lang)),
    toTraditionalWords,
  );
  const tables = { [editions['zh-Hans'].lang]: toSimplified, [editions['zh-Hant'].lang]: toTraditional };
  return Object.entries(tables).map(([lang, table]) => {
    const json = JSON.stringify(table);
    writeFileSync(`${pagefindDir}/script-table.${indexLanguage(lang)}.json`, json);
    return Buffer.byteLength(json);
  });
}

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
          const tableBytes = writeScriptTables(written.outputPath);
          logger.info(
            `搜索索引已生成（扫描了 ${added.page_count} 个页面）：${written.outputPath}；简繁转换表 ${tableBytes.join(' + ')} 字节`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
