import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filesUnder } from '../../src/lib/files/files-under.ts';
import { formatProblem, lintArticles, type ArticleFile } from '../../src/lib/content-check/lint.ts';
import { siteRoutes } from '../../src/lib/articles/routes.ts';
import { editorEnvironment } from '../support/environment.ts';
import { copyProject, projectRoot as root } from '../../tools/lib/project-copy.ts';

const mistakesDir = 'tests/fixtures/content-mistakes';
const read = (file: string): ArticleFile => ({ file, text: readFileSync(join(root, file), 'utf8') });
const filesIn = (directory: string) => filesUnder(join(root, directory));
const routes = siteRoutes(filesIn('src/pages'), filesIn('public'));
/** A correct article the fixtures link to; on its own it passes every check. */
const reference = read('tests/fixtures/content-valid/reference-article.mdx');

/** The day the freshness check counts from: fixed, so no test changes its answer as time goes by. */
const today = '2026-12-01';

function lint(...articles: ArticleFile[]) {
  return lintArticles({ articles, routes, today, allowlist: [], fileExists: (path) => existsSync(join(root, path)) });
}

test('the reference article passes every check', () => {
  expect(lint(reference).map(formatProblem)).toEqual([]);
});

// Each fixture holds one mistake. The check must name the file and line, and say what to write instead.
describe.each([
  // frontmatter, read from the raw text
  ['no-frontmatter.mdx', 1, /缺少 frontmatter：第一行要单独写 ---/],
  ['unclosed-frontmatter.mdx', 6, /\[frontmatter\] 第 1 行开始的 frontmatter 没有用 --- 结束：请在第 6 行（字段 order 的下一行）单独写一行 ---/],
  ['title-too-long.mdx', 2, /title（标题）太长：请控制在 40 个字以内/],
  ['description-too-short.mdx', 3, /description（一句话摘要）太短：请写 50 到 160 个字/],
  ['impossible-date.mdx', 4, /pubDate（发布日期）不是有效日期：“2026-02-30” 这一天不存在.*请写成 YYYY-MM-DD/],
  ['updated-before-pubdate.mdx', 6, /updated（更新日期）不能早于 pubDate（发布日期）/],
  ['unknown-field.mdx', 6, /未知字段 autor：只能使用 title、description/],
  ['full-width-colon.mdx', 5, /字段 order 后面用了中文冒号“：”：请改成英文冒号加一个空格，写成 order: /],
  ['yaml-syntax.mdx', 3, /frontmatter 的格式有误：.*冒号是英文半角冒号/],
  ['duplicate-order.mdx', 5, /order（阅读顺序）1 和 tests\/fixtures\/content-valid\/reference-article\.mdx 重复：.*下一个没人用的数字是 2/],
  ['Bad_Name.mdx', 1, /文件名 “Bad_Name” 不能用作网址：只能用小写英文字母、数字和连字符（-），例如 bad-name/],
  // links
  ['http-link.mdx', 8, /外部链接必须用 https：把 http:\/\/www\.azercell\.com\/ 改成 https:\/\/www\.azercell\.com\//],
  ['messenger-link.mdx', 8, /不能链接到聊天软件 t\.me：.*content-allowlist\.json/],
  ['shortener-link.mdx', 8, /不能链接到短链接 bit\.ly：.*完整地址/],
  ['shop-link.mdx', 8, /不能链接到网店 item\.taobao\.com：.*官方页面/],
  ['referral-link.mdx', 8, /推广或邀请参数 ref=…：.*请删掉 \?ref=…/],
  ['broken-internal-link.mdx', 8, /站内链接 \/renewal-step\/ 指向的页面不存在：请检查拼写。现有文章的地址有 .*\/reference-article\//],
  ['missing-trailing-slash.mdx', 8, /把 \/reference-article 改成 \/reference-article\//],
  ['broken-anchor.mdx', 8, /\/reference-article\/#出发前的准备 找不到：.*现有锚点：#确认手机支持-esim、#查看有效期/],
  ['relative-link.mdx', 8, /站内链接请以 \/ 开头、以 \/ 结尾：把 \.\/reference-article\.mdx 改成 \/reference-article\//],
  ['messenger-handle.mdx', 8, /不能写聊天软件账号.*请删掉这个账号/],
  ['wechat-id-in-text.mdx', 8, /不能写聊天软件账号（“微信 sim_baku2026”）：私人账号常是代充和骗局的入口.*本站只给官方渠道/],
  ['telegram-name-in-text.mdx', 8, /不能写聊天软件账号（“Telegram @example_esim_help”）/],
  ['qq-number-in-text.mdx', 8, /不能写聊天软件账号（“QQ 123456789”）/],
  ['phone-number.mdx', 8, /不能写电话号码（“\+994 50 000 00 00”）：号码会变.*运营商公布的短号码（如 \*100#、2112）可以写/],
  // images
  ['missing-image.mdx', 8, /图片文件不存在：找不到 tests\/fixtures\/images\/no-such-file\.png/],
  ['image-without-alt.mdx', 8, /缺少说明文字：在 !\[ \] 的方括号里用中文写清图片内容/],
  ['image-english-alt.mdx', 8, /说明文字 “eSIM settings screen” 要用中文写/],
  ['remote-image.mdx', 8, /不要引用外站图片 https:\/\/example\.com\/esim\.png：把图片下载后放进 src\/assets\/articles\//],
  ['raw-img-tag.mdx', 8, /请不要用 <img> 插入图片：改用 Markdown 图片语法/],
  // no code in content
  ['script-tag.mdx', 8, /不能在文章里放 <script>.*请删掉它/],
  ['iframe.mdx', 8, /不能在文章里放 <iframe>.*普通链接/],
  ['inline-handler.mdx', 8, /不能在文章里写 onClick= 这样的事件代码.*请删掉 onClick=…/],
  ['raw-html-script.md', 10, /不能在文章里放 <script>/],
  ['raw-html-handler.md', 8, /不能在文章里写 onmouseover= 这样的事件代码/],
  // directives and components
  ['unknown-callout.mdx', 8, /未知的提示框类型 :::warning：只能用 :::tip、:::note、:::caution/],
  ['unclosed-callout.mdx', 8, /提示框 :::caution 没有结束：在提示内容的下一行单独写 :::/],
  ['unknown-component.mdx', 8, /未知组件 <Reminder>：文章里只能直接使用 <Callout>、<RenewalReminder>、<Steps>/],
  ['wrong-callout-type.mdx', 8, /<Callout type="warning"> 的 type 只能是 tip、note 或 caution/],
  ['import-statement.mdx', 8, /文章里不需要 import 或 export：.*请删掉这一行/],
  ['mdx-syntax.mdx', 8, /MDX 无法解析这一行：.*写成 \\< 和 \\\{/],
  // Chinese prose: the clear cases are errors
  ['halfwidth-punctuation.mdx', 8, /标点符号需要使用全角：“.*有效期,再查.*” 改为 “.*有效期，再查.*”/],
  ['missing-space.mdx', 8, /中英文内容之间需要一个空格：“请至少提前7天续费eSIM套餐。” 改为 “请至少提前 7 天续费 eSIM 套餐。”/],
  ['placeholder-left.mdx', 8, /还是模板里的“【待填写】”文字：请换成你自己写的内容/],
])('%s', (name, line, fix) => {
  const file = `${mistakesDir}/${name}`;
  const problems = lint(reference, read(file)).filter((problem) => problem.file === file);

  test(`is one error at line ${line}, in Chinese, saying what to change`, () => {
    const errors = problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}:${line}  错误 \\[`));
    expect(errors[0]).toMatch(fix);
  });
});

describe.each([
  ['spacing-warning.mdx', 8, '中文排版', /全角内容之间不需要空格：“在 \*\*设置\*\* 里找到 eS” 改为 “在\*\*设置\*\*里找到 eS”/],
  ['formal-you.mdx', 8, '中文排版', /称呼读者请用“你”，不用“您”：把“您”改成“你”/],
  ['future-date.mdx', 5, 'frontmatter', /updated 是 2099-01-15，比今天（2026-12-01）还晚：请写实际发布或修改的那一天/],
])('%s (a warning)', (name, line, topic, fix) => {
  const file = `${mistakesDir}/${name}`;

  test(`warns at line ${line} without failing`, () => {
    const problems = lint(reference, read(file)).filter((problem) => problem.file === file).map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}:${line}  警告 \\[${topic}\\] `));
    expect(problems[0]).toMatch(fix);
  });
});

test('an unclosed frontmatter gets no style findings on its fields', () => {
  const file = `${mistakesDir}/unclosed-frontmatter.mdx`;
  expect(lint(reference, read(file)).filter((problem) => problem.file === file).map((problem) => problem.rule)).toEqual(['frontmatter-unclosed']);
});

test('every fixture in the mistakes folder is covered by a test above', () => {
  const source = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  const untested = filesIn(mistakesDir).filter((name) => !source.includes(`'${name}'`));
  expect(untested).toEqual([]);
});

// A provider page with one mistake each, made from the valid reference provider: the check names the
// file and line, and says what to write instead.
const referenceProviderFile = 'tests/fixtures/content-valid/providers/reference-provider.md';
const referenceProvider = read(referenceProviderFile);
const providerFile = 'content/providers/mistake.md';

/** Replaces the first match of `find` in the reference provider page. */
const replacing = (find: string | RegExp, replace: string) => (text: string) => text.replace(find, replace);

describe.each([
  ['no source at all', replacing(/sources:[\s\S]*?(?=---)/, 'sources: []\n'), 25, /sources（来源）至少要有一个/],
  ['no verified date', replacing(/verified: .*\n/, ''), 35, /verified（资料整理日期）要写成日期/],
  ['an impossible verified date', replacing('verified: 2026-11-29', 'verified: 2026-11-31'), 6, /verified（资料整理日期）不是有效日期：“2026-11-31” 这一天不存在/],
  ['a source over http', replacing(/https:\/\/www\.example\.com\/help\/renew/g, 'http://www.example.com/help/renew'), 27, /sources 的 url（来源网址）必须以 https:\/\/ 开头/],
  ['a source on the blocklist', replacing('https://news.example.org/esim', 'https://t.me/esim_news'), 31, /\[来源\] 这个来源不能用：不能链接到聊天软件 t\.me/],
  ['a source with a referral code', replacing('https://news.example.org/esim', 'https://news.example.org/esim?ref=abc'), 31, /推广或邀请参数 ref=…/],
  [
    'an official source after another one',
    (text: string) => text.replace('official: true', 'official: FIRST').replace('official: false', 'official: true').replace('official: FIRST', 'official: false'),
    25,
    /要把官方来源（official: true）写在最前面/,
  ],
  ['a source checked after verified', replacing('checked: 2026-11-20', 'checked: 2026-11-30'), 6, /checked（读取日期）不能晚于 verified/],
  ['an unknown kind', replacing('kind: 旅行 eSIM', 'kind: 旅游卡'), 4, /kind（类型）只能写 旅行 eSIM、当地运营商、购物平台 之一/],
  ['renewable without steps', replacing(/steps:[\s\S]*?(?=joining:)/, ''), 31, /steps（续费步骤）不能为空/],
  ['a guess instead of 没找到官方说明', replacing('payment: 没找到官方说明', 'payment: 不知道'), 22, /payment（付款方式）要写成列表.*找不到来源时写 没找到官方说明/],
  ['no answer for the leftover data', replacing(/leftover: .*\n/, ''), 35, /leftover（剩下的流量会怎样）只能写 到期作废、转入下一期、看产品、没找到官方说明 之一/],
  ['a leftover answer without its source', replacing(/leftoverSource: .*\n/, ''), 18, /leftoverSource（剩下的流量的来源）必填/],
  ['a leftover source not among the sources', replacing('leftoverSource: https://www.example.com/help/renew', 'leftoverSource: https://www.example.com/help/other'), 20, /要和 sources 里某个来源的 url 完全一样/],
  ['a page date after the source was read', replacing('pageDate: 2026-11-10', 'pageDate: 2026-11-25'), 34, /pageDate（页面上写的日期）不能晚于 checked（读取日期）/],
  ['a source language that is not written out', replacing('archived: true', 'archived: true\n    language: x'), 36, /language（页面语言）太短/],
  ['an unknown field', replacing('support:', 'hotline: 12345\nsupport:'), 23, /未知字段 hotline：只能使用 name、aliases/],
  ['a chat-app handle in a field', replacing('support: App 里的在线客服。', 'support: 客服 WhatsApp：+994 50 000 00 00'), 23, /不能写聊天软件账号/],
  ['half-width punctuation in a field', replacing('validityStarts: 第一次连上当地网络时开始计算。', 'validityStarts: 第一次连上网络时,开始计算。'), 15, /标点符号需要使用全角/],
] as const)('a provider page with %s', (_, mutate, line, fix) => {
  const text = mutate(referenceProvider.text);

  test(`is one error at line ${line}, in Chinese, saying what to change`, () => {
    expect(text).not.toBe(referenceProvider.text);
    const errors = lint(reference, { file: providerFile, text })
      .filter((problem) => problem.file === providerFile && problem.severity === 'error')
      .map(formatProblem);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^${providerFile.replaceAll('.', '\\.')}:${line}  错误 \\[`));
    expect(errors[0]).toMatch(fix);
  });
});

// A date that vouches for a fact cannot lie ahead: the page's verified, a source's checked or pageDate. The
// schema may also object (a checked after verified); the date rule itself reports once, at the date's line.
describe.each([
  ['verified', replacing('verified: 2026-11-29', 'verified: 2099-01-01'), 6, /资料整理日期（verified）是 2099-01-01，比今天（2026-12-01）还晚/],
  ['a source\'s checked', replacing('checked: 2026-11-20', 'checked: 2099-01-01'), 32, /来源的读取日期（checked）是 2099-01-01，比今天（2026-12-01）还晚/],
  ['a source\'s pageDate', replacing('pageDate: 2026-11-10', 'pageDate: 2099-01-01'), 34, /来源页面上的日期（pageDate）是 2099-01-01.*请改成实际整理资料或读取来源的那一天（不晚于 2026-12-01）/],
] as const)('a provider page with a future %s', (_, mutate, line, fix) => {
  test(`is refused at line ${line}, in Chinese, saying what to write`, () => {
    const errors = lint(reference, { file: providerFile, text: mutate(referenceProvider.text) }).filter(
      (problem) => problem.file === providerFile && problem.rule === 'future-fact-date',
    );
    expect(errors.map((problem) => problem.severity)).toEqual(['error']);
    expect(formatProblem(errors[0]!)).toMatch(new RegExp(`^${providerFile.replaceAll('.', '\\.')}:${line}  错误 \\[frontmatter\\] `));
    expect(formatProblem(errors[0]!)).toMatch(fix);
  });
});

test('a whole provider page verified in 2099 fails the check at its verified line', () => {
  const file = `${mistakesDir}/${'providers/future-verified.md'}`;
  const problems = lint(reference, read(file)).filter((problem) => problem.file === file).map(formatProblem);
  expect(problems).toEqual([expect.stringMatching(new RegExp(`^${file.replaceAll('.', '\\.')}:6  错误 \\[frontmatter\\] 资料整理日期（verified）是 2099-01-01`))]);
});

describe('a published article of the site without sources (issue 24)', () => {
  const file = 'content/no-sources.mdx';
  const sourcesErrors = (text: string, sourcesRequired = true) =>
    lintArticles({ articles: [{ file, text }], routes, today, allowlist: [], fileExists: () => true, sourcesRequired })
      .filter((problem) => problem.severity === 'error')
      .map(formatProblem);
  const withFields = (fields: string) => reference.text.replace('order: 1\n', `order: 1\n${fields}`);

  test('is one error at the closing ---, saying to list sources or give a reason', () => {
    expect(sourcesErrors(reference.text)).toEqual([
      expect.stringMatching(/^content\/no-sources\.mdx:6 {2}错误 \[来源\] 这篇文章还没有参考资料：在 frontmatter 的 sources 里列出.*noSourcesReason/),
    ]);
  });

  test('passes with a source, with a reason, as a draft, and outside the site’s content folder', () => {
    const source = 'sources:\n  - title: Azercell 官网\n    url: https://www.azercell.com/\n    checked: 2026-11-29\n    official: true\n';
    expect(sourcesErrors(withFields(source))).toEqual([]);
    expect(sourcesErrors(withFields('noSourcesReason: 本文只介绍本站怎样使用。\n'))).toEqual([]);
    expect(sourcesErrors(withFields('draft: true\n'))).toEqual([]);
    expect(sourcesErrors(reference.text, false)).toEqual([]);
  });

  test('a source address follows the link policy, as a provider page’s does', () => {
    const source = 'sources:\n  - title: 短链接\n    url: https://bit.ly/3xAmpLe\n    checked: 2026-11-29\n    official: false\n';
    expect(sourcesErrors(withFields(source))).toEqual([expect.stringMatching(/:8 {2}错误 \[来源\] 这个来源不能用：不能链接到短链接 bit\.ly/)]);
  });
});

test('an article may link a provider page that exists, and not one that does not', () => {
  const file = 'content/links-provider.mdx';
  const linkErrors = (href: string) =>
    lint(reference, { ...referenceProvider, file: providerFile }, { file, text: `${reference.text}\n看[示例商家的续费步骤](${href})。\n` })
      .filter((problem) => problem.file === file && problem.topic === 'link')
      .map(formatProblem);
  expect(linkErrors('/providers/mistake/')).toEqual([]);
  expect(linkErrors('/providers/no-such-seller/')).toEqual([expect.stringMatching(/\/providers\/no-such-seller\/ 指向的页面不存在/)]);
});

// Each run starts Node and loads the checker: seconds on a busy two-core machine, so no 5 s limit.
describe('npm run lint:content', { timeout: 60_000 }, () => {
  const run = (folder: string, ...options: string[]) =>
    spawnSync(process.execPath, ['tools/lint-content.ts', folder, ...options], { cwd: root, encoding: 'utf8', env: editorEnvironment });

  test('fails on the mistakes folder, printing file:line and a Chinese summary', () => {
    const { status, stdout } = run(mistakesDir);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^tests\/fixtures\/content-mistakes\/impossible-date\.mdx:4 {2}错误 \[frontmatter\] pubDate/m);
    expect(stdout).toMatch(/内容检查：\d+ 篇文章、\d+ 个商家页面，发现 \d+ 个错误、\d+ 个警告/);
  });

  test('prints the same with the results it remembers as when it reads every article (--no-cache)', () => {
    const read = run(mistakesDir, '--today', today, '--no-cache');
    expect(read.stdout).toMatch(/错误 \[/);
    run(mistakesDir, '--today', today);
    const remembered = run(mistakesDir, '--today', today);
    expect(remembered).toMatchObject({ status: read.status, stdout: read.stdout });
  });

  test('passes a correct article and provider page', () => {
    const { status, stdout } = run('tests/fixtures/content-valid', '--today', '2026-12-01');
    expect(stdout).toContain('内容检查通过：1 篇文章、1 个商家页面，没有错误。');
    expect(stdout).not.toContain('需要重新核实');
    expect(status).toBe(0);
  });

  test('lists a provider page verified more than 180 days ago as a warning, without failing', () => {
    // 2026-11-29 + 180 days is 2027-05-28: the page is due the day after.
    const onTime = run('tests/fixtures/content-valid', '--today', '2027-05-28');
    expect(onTime.stdout).not.toContain('需要重新核实');
    const due = run('tests/fixtures/content-valid', '--today', '2027-05-29');
    expect(due.stdout).toContain(`${referenceProviderFile}:6  警告 [需要重新核实] 需要重新核实：资料整理于 2026-11-29，已经过去 181 天`);
    expect(due.stdout).toMatch(new RegExp(`需要重新核实（资料整理已超过 180 天，按今天 2027-05-29 计算；只是提醒，不影响合并）：\\n  ${referenceProviderFile.replaceAll('.', '\\.')}`));
    expect(due.stdout).toContain('内容检查通过：1 篇文章、1 个商家页面，没有错误，有 1 个警告');
    expect(due.status).toBe(0);
  });
});

describe('npm run lint:content in GitHub Actions', { timeout: 60_000 }, () => {
  let status: number | null;
  let stdout: string;
  let summary: string;

  beforeAll(() => {
    const summaryFolder = mkdtempSync(join(tmpdir(), 'step-summary-'));
    const summaryFile = join(summaryFolder, 'summary.md');
    // GitHub gives each step a summary file that may already hold what earlier commands wrote.
    appendFileSync(summaryFile, '之前的内容\n');
    ({ status, stdout } = spawnSync(process.execPath, ['tools/lint-content.ts', mistakesDir, '--today', today], {
      cwd: root,
      encoding: 'utf8',
      env: { ...editorEnvironment, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile },
    }));
    summary = readFileSync(summaryFile, 'utf8');
    rmSync(summaryFolder, { recursive: true, force: true });
  }, 60_000);

  const fixture = (name: string) => `${mistakesDir}/${name}`;

  test('annotates each problem on its file and line, errors as ::error and warnings as ::warning', () => {
    expect(status).toBe(1);
    expect(stdout).toContain(`::error file=${fixture('wechat-id-in-text.mdx')},line=8,title=内容检查：链接（contact-handle）::不能写聊天软件账号（“微信 sim_baku2026”）`);
    expect(stdout).toContain(`::error file=${fixture('unclosed-frontmatter.mdx')},line=6,title=内容检查：frontmatter（frontmatter-unclosed）::第 1 行开始的 frontmatter 没有用 --- 结束`);
    expect(stdout).toContain(`::warning file=${fixture('future-date.mdx')},line=5,title=内容检查：frontmatter（future-date）::updated 是 2099-01-15`);
    // The plain lines stay, for the log and for more problems than GitHub shows as annotations.
    expect(stdout).toMatch(/^tests\/fixtures\/content-mistakes\/wechat-id-in-text\.mdx:8 {2}错误 \[链接\]/m);
  });

  test('appends a Chinese job summary: counts, then file, line, rule and fix for each problem', () => {
    expect(summary).toMatch(/^之前的内容\n## 内容检查：\d+ 个错误、\d+ 个警告\n/);
    expect(summary).toContain(`| 错误 | \`${fixture('phone-number.mdx')}:8\` | 链接（\`phone-number\`） | 不能写电话号码（“+994 50 000 00 00”）`);
    expect(summary).toContain(`| 警告 | \`${fixture('formal-you.mdx')}:8\` | 中文排版（\`formal-you\`） | 称呼读者请用“你”`);
    const rows = summary.split('\n').filter((line) => /^\| (错误|警告) /.test(line));
    expect(rows.length).toBe(stdout.split('\n').filter((line) => line.startsWith('::')).length);
  });

  test('prints no workflow commands outside GitHub Actions; --report writes the same summary to a file (the preview comment)', () => {
    const reportFolder = mkdtempSync(join(tmpdir(), 'content-report-'));
    const reportFile = join(reportFolder, 'content-check.md');
    const outside = spawnSync(process.execPath, ['tools/lint-content.ts', mistakesDir, '--today', today, '--report', reportFile], { cwd: root, encoding: 'utf8', env: editorEnvironment });
    expect(outside.stdout).not.toMatch(/^::/m);
    expect(readFileSync(reportFile, 'utf8')).toBe(summary.replace('之前的内容\n', ''));
    rmSync(reportFolder, { recursive: true, force: true });
  });
});

describe('npm run lint:content --base: an article changed without a new `updated`', { timeout: 120_000 }, () => {
  let copy: string;
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=测试', '-c', 'user.email=test@example.invalid', ...args], { cwd: copy, encoding: 'utf8' });
  const lintCopy = (env: NodeJS.ProcessEnv, ...options: string[]) =>
    spawnSync(process.execPath, ['tools/lint-content.ts', ...options], { cwd: copy, encoding: 'utf8', env: { ...editorEnvironment, ...env } });

  beforeAll(() => {
    copy = copyProject('lint-base-');
    git('init', '--quiet', '--initial-branch=main');
    git('add', 'content', 'content-allowlist.json');
    git('commit', '--quiet', '-m', '基准分支');
    git('branch', 'fake-base');
    const file = join(copy, 'content/faq.mdx');
    appendFileSync(file, '\n补充一段新的说明。\n');
  });

  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  test('warns at `updated` of the changed article, and only there, without failing', () => {
    const { status, stdout } = lintCopy({}, '--base', 'fake-base');
    const lines = readFileSync(join(copy, 'content/faq.mdx'), 'utf8').split('\n');
    const updatedLine = lines.findIndex((line) => line.startsWith('updated:')) + 1;
    expect(updatedLine).toBeGreaterThan(1);
    expect(stdout).toContain(`content/faq.mdx:${updatedLine}  警告 [frontmatter] 这篇文章的内容改了，updated（更新日期）还是`);
    expect(stdout.match(/这篇文章的内容改了/g)).toHaveLength(1);
    expect(status).toBe(0);
  });

  test('on a pull request in Actions, compares with origin/<base branch>, and says so in Chinese when it is missing', () => {
    git('update-ref', 'refs/remotes/origin/main', 'fake-base');
    const found = lintCopy({ GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main' });
    expect(found.stdout).toMatch(/^::warning file=content\/faq\.mdx,line=\d+,title=内容检查：frontmatter（updated-not-bumped）::/m);
    const missing = lintCopy({ GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'no-such-branch' });
    expect(missing.stdout).toContain('没有找到用来比较的分支 origin/no-such-branch');
    expect(missing.stdout).not.toContain('这篇文章的内容改了');
  });
});
