import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../../src/lib/content-check/article.ts';
import type { ContentRule, LintInput } from '../../../src/lib/content-check/rule.ts';
import { rules } from '../../../src/lib/content-check/rules.ts';
import { contentRules } from '../../../src/lib/content-check/rules/index.ts';
import { orderDuplicate } from '../../../src/lib/content-check/rules/order-duplicate.ts';
import { phoneNumber } from '../../../src/lib/content-check/rules/phone-number.ts';

const rulesFolder = join(import.meta.dirname, '../../../src/lib/content-check/rules');
const description = '出发去阿塞拜疆之前，先确认手机支持 eSIM、套餐的有效期和剩余流量，再决定是续费还是换一个新的套餐。';
const articleText = (order: number, body: string) =>
  `---\ntitle: 出发前检查流量\ndescription: ${description}\npubDate: 2026-11-20\norder: ${order}\n---\n\n${body}\n`;
const input: LintInput = { articles: [], routes: ['/'], today: '2026-12-01', allowlist: [], fileExists: () => true };

describe('the rule registry', () => {
  test('every rule id of rules.ts is reported by exactly one module', () => {
    const modulesOf = new Map(
      Object.keys(rules).map((id) => [
        id,
        contentRules.filter((rule) => (rule.ids as readonly string[]).includes(id)).length,
      ]),
    );
    expect([...modulesOf].filter(([, count]) => count !== 1)).toEqual([]);
  });

  test('a module declares only ids rules.ts knows, each once', () => {
    const declared = contentRules.flatMap((rule) => rule.ids);
    expect(declared.filter((id) => !Object.hasOwn(rules, id))).toEqual([]);
    expect(new Set(declared).size).toBe(declared.length);
  });

  test('every module in the rules folder is in the registry', async () => {
    const files = readdirSync(rulesFolder).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
    const unregistered: string[] = [];
    for (const name of files) {
      const exports: Record<string, unknown> = await import(pathToFileURL(join(rulesFolder, name)).href);
      const ruleExports = Object.values(exports).filter(
        (value): value is ContentRule => typeof value === 'object' && value !== null && 'ids' in value,
      );
      if (ruleExports.length !== 1 || !contentRules.includes(ruleExports[0]!)) unregistered.push(name);
    }
    expect(unregistered).toEqual([]);
  });
});

describe('a rule reports through the article’s vfile', () => {
  test('phone-number: the rule id, the line and column of the text, and the source', () => {
    const article = parseArticle({
      file: 'content/a.mdx',
      text: articleText(1, '续费前\n\n打 050-000-00-00 找人代充。'),
    });
    const file = new VFile({ path: article.file, value: article.text });
    phoneNumber.check(article, file);
    expect(file.messages.map(({ ruleId, line, column, source }) => ({ ruleId, line, column, source }))).toEqual([
      { ruleId: 'phone-number', line: 10, column: 1, source: 'content-check' },
    ]);
    expect(file.messages[0]!.reason).toMatch(/^不能写电话号码（“050-000-00-00”）/);
  });

  test('order-duplicate: a site-wide rule reports on every article that shares the number', () => {
    const articles = ['content/a.mdx', 'content/b.mdx', 'content/c.mdx'].map((path, index) =>
      parseArticle({ file: path, text: articleText(index === 2 ? 2 : 1, '正文。') }),
    );
    const files = new Map<string, VFile>();
    const fileFor = (path: string) => files.get(path) ?? files.set(path, new VFile({ path })).get(path)!;
    orderDuplicate.checkAll(articles, fileFor, input);
    expect([...files].map(([path, file]) => [path, file.messages.map(({ ruleId, line }) => [ruleId, line])])).toEqual([
      ['content/a.mdx', [['order-duplicate', 5]]],
      ['content/b.mdx', [['order-duplicate', 5]]],
    ]);
    expect(files.get('content/a.mdx')!.messages[0]!.reason).toMatch(
      /order（阅读顺序）1 和 content\/b\.mdx 重复：.*下一个没人用的数字是 3/,
    );
  });
});
