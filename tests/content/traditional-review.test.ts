import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { projectRoot } from '../../tools/lib/project-copy.ts';

// Each run starts Node and loads OpenCC's dictionaries: seconds on a busy machine.
const cliTimeout = { timeout: 60_000 };
const review = (...files: string[]) => spawnSync(process.execPath, ['tools/review-traditional.ts', ...files], { cwd: projectRoot, encoding: 'utf8' });

test('npm run review:traditional prints, for the fixture article, what the overrides changed and, with counts, the errors, mainland terms, stiff forms, chosen Taiwan words and watch-list words left', cliTimeout, () => {
  const { status, stdout, stderr } = review('tests/fixtures/traditional-review/sample-article.mdx');
  expect(stderr).toBe('');
  expect(status).toBe(0);
  expect(stdout).toBe(
    [
      '/zh-hant/sample-article/（tests/fixtures/traditional-review/sample-article.mdx）',
      '  对照表改写的词（13 种，共 14 处）：',
      '    大白話 → 淺白的話  ×1  第 2 行',
      '    通過 → 透過  ×1  第 9 行',
      '    渠道 → 管道  ×1  第 9 行',
      '    聯網 → 連網  ×1  第 11 行',
      '    檢視 → 查看  ×1  第 11 行',
      '    當前 → 目前  ×1  第 11 行',
      '    套餐 → 方案  ×2  第 11、15 行',
      '    按北京時間 → 依北京時間（UTC+8，與台灣相同）  ×1  第 11 行',
      '    撥號盤 → 撥號鍵盤  ×1  第 13 行',
      '    賬 → 帳  ×1  第 15 行',
      '    怎樣給 → 如何為  ×1  第 17 行',
      '    充值 → 儲值  ×1  第 17 行',
      '    流量包 → 上網方案  ×1  第 17 行',
      '  转换错误和电脑术语（0 种，共 0 处；构建后 npm test 会失败）：',
      '    无',
      '  大陆用语（1 种，共 1 处；构建后 npm test 会失败）：',
      '    國內  ×1  第 15 行',
      '      第 15 行：回到國內以後，把新方案掛在帳號下…',
      '  生硬的写法（1 种，共 1 处；构建后 npm test 会失败）：',
      '    行動條碼  ×1  第 17 行',
      '      第 17 行：如何為餘額儲值？掃描行動條碼，再看上網方案。',
      '  本站选定的台湾说法（3 种，共 3 处；请确认读来自然）：',
      '    依  ×1  第 11 行',
      '    上網方案  ×1  第 17 行',
      '    如何  ×1  第 17 行',
      '  观察名单上的词（1 种，共 1 处；请在句子里看一眼对不对）：',
      '    安卓  ×1  第 13 行',
      '      第 13 行：安卓手機在撥號鍵盤輸入 `*…',
      '',
      '',
    ].join('\n'),
  );
});

test('without arguments it reviews every article in content/, one Traditional page each', cliTimeout, () => {
  const { status, stdout } = review();
  expect(status).toBe(0);
  const pages = stdout.split('\n').filter((line) => line.startsWith('/zh-hant/'));
  expect(pages.length).toBeGreaterThan(3);
  expect(pages.filter((line) => !/^\/zh-hant\/[a-z0-9-]+\/（content\/[a-z0-9-]+\.mdx?）$/.test(line) && !/^\/zh-hant\/providers\/([a-z0-9-]+)\/（content\/providers\/\1\.md）$/.test(line))).toEqual([]);
  expect(pages).toContain('/zh-hant/providers/airalo/（content/providers/airalo.md）');
});
