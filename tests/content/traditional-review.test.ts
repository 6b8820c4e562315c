import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { projectRoot } from '../../tools/lib/project-copy.ts';

// Each run starts Node and loads OpenCC's dictionaries: seconds on a busy machine.
const cliTimeout = { timeout: 60_000 };
const review = (...files: string[]) => spawnSync(process.execPath, ['tools/review-traditional.ts', ...files], { cwd: projectRoot, encoding: 'utf8' });

test('npm run review:traditional prints, for the fixture article, what the overrides changed, the watch-list words and the mainland terms left', cliTimeout, () => {
  const { status, stdout, stderr } = review('tests/fixtures/traditional-review/sample-article.mdx');
  expect(stderr).toBe('');
  expect(status).toBe(0);
  expect(stdout).toBe(
    [
      '/zh-hant/sample-article/（tests/fixtures/traditional-review/sample-article.mdx）',
      '  对照表改写的词（10 种，共 11 处）：',
      '    大白話 → 淺白的話  ×1  第 2 行',
      '    通過 → 透過  ×1  第 9 行',
      '    渠道 → 管道  ×1  第 9 行',
      '    聯網 → 連網  ×1  第 11 行',
      '    檢視 → 查看  ×1  第 11 行',
      '    當前 → 目前  ×1  第 11 行',
      '    套餐 → 方案  ×2  第 11、15 行',
      '    北京時間 → 台北時間  ×1  第 11 行',
      '    撥號盤 → 撥號鍵盤  ×1  第 13 行',
      '    賬 → 帳  ×1  第 15 行',
      '  观察名单上的词（请在句子里看一眼对不对）：',
      '    第 13 行  安卓：安卓手機在撥號鍵盤輸入 `*…',
      '  大陆用语（构建后 npm test 会失败）：',
      '    第 15 行  國內：回到國內以後，把新方案掛在帳號下…',
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
