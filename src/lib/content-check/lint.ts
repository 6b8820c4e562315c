import { posix } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { articleComponentNames } from '../articles/components.ts';
import { articleSlugProblem, slugOfFile } from '../articles/slug.ts';
import { isCalloutType, unknownCalloutMessage } from '../articles/callout.ts';
import { rules, severityNames, topics, type RuleId, type Severity, type Topic } from './rules.ts';
import { checkFrontmatter, type FrontmatterCheck } from './frontmatter.ts';
import { externalLinkProblem, blockedHostKind, type AllowedHost } from './link-policy.ts';
import { addressProblems, proseProblems } from './prose-style.ts';
import { placeholderMark } from './new-article.ts';
import { providerSchema, reverifyAfterDays } from '../providers/schema.ts';
import { providerPath, staleProviders } from '../providers/providers.ts';
import { duplicateOrders, nextReadingOrder } from '../articles/reading-order.ts';

/** Where provider pages live in content/; the Markdown files at the top of content/ are articles. */
export const providerFolder = 'content/providers/';

/** A provider page is a `.md` file in a folder named `providers` (content/providers/, or a test's fixtures). */
export const isProviderFile = (file: string) => /(^|\/)providers\/[^/]+\.md$/.test(file);

/** One mistake an editor has to fix (`error`) or should look at (`warning`), as its rule says. */
export interface Problem {
  file: string;
  line: number;
  rule: RuleId;
  severity: Severity;
  topic: Topic;
  message: string;
}

/** A problem found by `rule`, with the rule's topic and severity. */
export const problemOf = (file: string, line: number, rule: RuleId, message: string): Problem => ({
  file,
  line,
  rule,
  severity: rules[rule].severity,
  topic: rules[rule].topic,
  message,
});

/** An article file: its path from the project root (`content/faq.mdx`) and its text. */
export interface ArticleFile {
  file: string;
  text: string;
}

export interface LintInput {
  /** Articles and provider pages (those under `content/providers/`). */
  articles: readonly ArticleFile[];
  /** `YYYY-MM-DD`: provider pages verified more than `reverifyAfterDays` before it are listed for a new check. */
  today: string;
  /** Every URL path of the site that is not an article: `/`, `/rss.xml`, `/favicon.svg` … */
  routes: readonly string[];
  allowlist: readonly AllowedHost[];
  /** Whether a file exists, by its path from the project root (for images). */
  fileExists: (path: string) => boolean;
  /**
   * On a pull request: a file's text on the base branch (null when the file is new there), to notice an
   * article changed without a new `updated`. Left out elsewhere.
   */
  previousText?: (file: string) => string | null;
}

/** Where images go through Astro's image pipeline; `public/` would skip it. */
export const imageFolder = 'src/assets/articles';
const imageExtensions = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg'];
const unsafeElements = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset']);
const imageElements = new Set(['img', 'picture', 'Image', 'Picture']);
const chatApps = '微信号?|WeChat|weixin|VX|V信|QQ号?|Telegram|TG|WhatsApp|Line|Viber';
/**
 * A chat app's name followed by an account: after a colon anything (`微信号：…`, `WhatsApp: +994 …`);
 * without one, an ID with a digit or `_` (`加微信 example_2026`), an `@name` or a phone number. So
 * “微信支付” or “WhatsApp Business” are not accounts.
 */
const contactHandle = new RegExp(
  `(?<![A-Za-z])(${chatApps})(?![A-Za-z])\\s*(?:ID|号|账号|帐号)?\\s*(?:[:：]\\s*[@+\\w]|(?=[\\w.-]*[\\d_])[A-Za-z0-9][\\w.-]{4,}|@\\w{3,}|\\+\\d)`,
  'i',
);
/**
 * A run of digits that can be dialled: seven digits or more, with spaces, hyphens or brackets. Operators'
 * published short codes (`*100#`, `2112`, `555`) are shorter; a run inside a word, an address or a code
 * (`/articles/4417474511515`, `*777#77#`) is not a phone number, nor is a date.
 */
const phoneNumber = /(?<![\w/#*=.-])\+?\(?\d[\d\s()-]{5,}\d(?![\w#/])/g;
const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
const bareAddress = /(?<![@\w.-])((?:[a-z0-9-]+\.)+[a-z]{2,})\/\S*/gi;

/** The messages shared by MDX tags (`<iframe>`) and raw HTML in `.md` files. */
const tagMessages = {
  unsafe: (tag: string) => `不能在文章里放 <${tag}>：它会运行或嵌入别的网站的内容。请删掉它；要介绍外部页面，就写一个普通链接 [说明](https://…)。`,
  handler: (attribute: string) => `不能在文章里写 ${attribute}= 这样的事件代码：文章只放文字和组件，请删掉 ${attribute}=…。`,
  image: (tag: string) => `请不要用 <${tag}> 插入图片：改用 Markdown 图片语法 ![中文说明](../${imageFolder}/文件名.png)，图片才会经过压缩和尺寸处理。`,
  link: '请不要用 <a> 标签写链接：改用 Markdown 链接 [链接文字](https://…)，外部链接才会自动加上安全属性和“外部链接”提示。',
};

interface Reference {
  url: string;
  line: number;
}

interface Analysis {
  article: ArticleFile;
  slug: string;
  frontmatter: FrontmatterCheck<unknown>;
  anchors: Set<string>;
  links: Reference[];
  problems: Problem[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkCjkFriendly).freeze();
const mdxParser = markdownParser().use(remarkMdx).freeze();
const parserFor = (file: string) => (file.endsWith('.mdx') ? mdxParser : markdownParser);

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

/** Percent-decoding that leaves a malformed `%` sequence as written instead of throwing. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The source of a block's inline content, with list and quote indentation taken off later lines. */
function inlineSource(body: string, children: readonly PhrasingContent[]): string | null {
  const start = children[0]?.position?.start.offset;
  const end = children.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  return body
    .slice(start, end)
    .split('\n')
    .map((line, index) => (index === 0 ? line : line.replace(/^[ \t>]*/, '')))
    .join('\n');
}

function jsxAttribute(node: JsxElement, name: string): string | null | undefined {
  const attribute = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  if (!attribute) return undefined;
  return typeof attribute.value === 'string' ? attribute.value : null;
}

function imageProblem(file: string, url: string, alt: string | null | undefined, fileExists: LintInput['fileExists']): string | null {
  const example = `![图片内容的中文说明](../${imageFolder}/文件名.png)`;
  if (/^(https?:)?\/\//i.test(url)) {
    return `不要引用外站图片 ${url}：把图片下载后放进 ${imageFolder}/，再写成 ${example}（外站图片会让读者多连一个网站，也不经过图片压缩）。`;
  }
  if (url.startsWith('/')) {
    return `图片 ${url} 在 public/ 里，不会经过 Astro 的图片压缩：请把它移到 ${imageFolder}/，再写成 ${example}。`;
  }
  const path = posix.normalize(posix.join(posix.dirname(file), decoded(url.split(/[?#]/)[0]!)));
  if (path.startsWith('..') || path.startsWith('public/')) return `图片路径 ${url} 不在项目的 ${imageFolder}/ 里：请把图片放进去，再写成 ${example}。`;
  if (!imageExtensions.includes(posix.extname(path).toLowerCase())) {
    return `图片 ${url} 的格式不支持：请用 ${imageExtensions.join('、')} 之一。`;
  }
  if (!fileExists(path)) return `图片文件不存在：找不到 ${path}。请检查文件名（区分大小写）和路径，图片应放在 ${imageFolder}/，从文章里写成 ../${imageFolder}/文件名。`;
  if (!alt?.trim()) return `图片 ${url} 缺少说明文字：在 ![ ] 的方括号里用中文写清图片内容，例如 ![设置里的“添加 eSIM”按钮](${url})。`;
  if (!/\p{Script=Han}/u.test(alt)) return `图片 ${url} 的说明文字 “${alt}” 要用中文写：读屏软件会把它读给看不到图片的读者。`;
  return null;
}

/** Every id a link can point at: the headings' (as Astro makes them: github-slugger over their text), and `id=""` in HTML. */
function anchorsOf(tree: Root): Set<string> {
  const anchors = new Set<string>();
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node, { includeImageAlt: false })));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const id = jsxAttribute(node, 'id');
      if (id) anchors.add(id);
    }
    if (node.type === 'html') for (const match of node.value.matchAll(/\sid\s*=\s*["']([^"']+)["']/gi)) anchors.add(match[1]!);
  });
  return anchors;
}

/** The anchors (`#…`) an article offers, as the content check computes them. */
export function articleAnchors(article: ArticleFile): string[] {
  return [...anchorsOf(parserFor(article.file).parse(checkFrontmatter(article.text).body))];
}

/** Reads one article: frontmatter, syntax, and every check that needs no other article. */
function analyse(article: ArticleFile, input: LintInput): Analysis {
  const { file, text } = article;
  const slug = slugOfFile(file);
  const isProvider = isProviderFile(file);
  const frontmatter: FrontmatterCheck<unknown> = isProvider ? checkFrontmatter(text, providerSchema) : checkFrontmatter(text);
  const problems: Problem[] = [];
  const add = (line: number, rule: RuleId, message: string) => problems.push(problemOf(file, line, rule, message));
  const analysis: Analysis = { article, slug, frontmatter, anchors: new Set(), links: [], problems };
  const checkProse = (prose: string, line: number) => {
    for (const style of [...proseProblems(prose, line), ...addressProblems(prose, line)]) add(style.line, style.rule, style.message);
  };

  const slugProblem = articleSlugProblem(slug, isProvider ? [] : input.routes);
  if (slugProblem) add(1, 'file-name', slugProblem);
  for (const problem of frontmatter.problems) add(problem.line, problem.rule, problem.message);
  // An article's title and summary are prose; on a provider page every text field is, but addresses.
  const proseFields = isProvider ? null : new Set(['title', 'description']);
  for (const { field, text: value, line } of frontmatter.texts) {
    if (field === 'url' || (proseFields && !proseFields.has(field))) continue;
    checkProse(value, line);
    checkText(value, line);
  }
  if (isProvider) {
    for (const { field, text: url, line } of frontmatter.texts) {
      if (field !== 'url' || !URL.canParse(url)) continue;
      const problem = externalLinkProblem(new URL(url), input.allowlist);
      if (problem) add(line, 'source-blocked', `这个来源不能用：${problem}`);
    }
  }
  text.split('\n').forEach((line, index) => {
    if (!line.includes(placeholderMark)) return;
    const draftNote = frontmatter.draft ? '（草稿可以先留着，发布前必须改完）' : '';
    add(index + 1, frontmatter.draft ? 'placeholder-draft' : 'placeholder', `这里还是模板里的“${placeholderMark}”文字：请换成你自己写的内容${draftNote}。`);
  });

  let tree: Root;
  try {
    tree = parserFor(file).parse(frontmatter.body);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    add(
      line ?? 1,
      'mdx-syntax',
      `MDX 无法解析这一行：正文里的 < 和 { 有特殊含义，要当普通文字用时请写成 \\< 和 \\{；组件标签要成对（<Steps> … </Steps>），或以 /> 结尾。（原始提示：${reason ?? String(error)}）`,
    );
    return analysis;
  }

  // A definition (`[name]: url`) is an image's address when an image reference uses it.
  const imageAltByDefinition = new Map<string, string | null | undefined>();
  visit(tree, 'imageReference', (node) => {
    imageAltByDefinition.set(node.identifier, node.alt);
  });
  analysis.anchors = anchorsOf(tree);

  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const source = inlineSource(frontmatter.body, node.children);
      if (source) checkProse(source, lineOf(node));
    }
    switch (node.type) {
      case 'link':
        analysis.links.push({ url: node.url, line: lineOf(node) });
        break;
      case 'definition':
        if (imageAltByDefinition.has(node.identifier)) checkImage(node.url, imageAltByDefinition.get(node.identifier), lineOf(node));
        else analysis.links.push({ url: node.url, line: lineOf(node) });
        break;
      case 'image':
        checkImage(node.url, node.alt, lineOf(node));
        break;
      case 'text':
        checkText(node.value, lineOf(node));
        break;
      case 'html':
        checkRawHtml(node.value, lineOf(node));
        break;
      case 'containerDirective': {
        if (!isCalloutType(node.name)) add(lineOf(node), 'component', unknownCalloutMessage(node.name));
        const closing = frontmatter.body.split('\n')[(node.position?.end.line ?? 0) - 1] ?? '';
        if (!/^\s*:{3,}\s*$/.test(closing)) add(lineOf(node), 'component', `提示框 :::${node.name} 没有结束：在提示内容的下一行单独写 :::。`);
        break;
      }
      case 'mdxjsEsm':
        add(
          lineOf(node),
          'import-export',
          `文章里不需要 import 或 export：${articleComponentNames.join('、')} 可以直接使用，图片请写成 ![中文说明](../${imageFolder}/文件名.png)。请删掉这一行。`,
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node);
        break;
    }
  });
  return analysis;

  function checkImage(url: string, alt: string | null | undefined, line: number) {
    const problem = imageProblem(file, url, alt, input.fileExists);
    if (problem) add(line, 'image', problem);
  }

  function checkText(value: string, line: number) {
    const handle = contactHandle.exec(value);
    if (handle) {
      add(
        line,
        'contact-handle',
        `不能写聊天软件账号（“${handle[0]}”）：私人账号常是代充和骗局的入口，读者也无从核实是谁；本站只给官方渠道。请删掉这个账号，改写官方网站或 App 里的客服入口。`,
      );
    }
    for (const match of value.matchAll(phoneNumber)) {
      // The number right after a chat app's name is that account, already reported.
      const partOfHandle = handle && match.index <= handle.index + handle[0].length;
      if (isDate(match[0]) || match[0].replace(/\D/g, '').length < 7 || partOfHandle) continue;
      add(
        line,
        'phone-number',
        `不能写电话号码（“${match[0].trim()}”）：号码会变，也可能是私人代充的号码，读者无从核实。运营商公布的短号码（如 *100#、2112）可以写；客服电话请改成链接到官方页面。`,
      );
    }
    for (const match of value.matchAll(bareAddress)) {
      const kind = blockedHostKind(match[1]!);
      if (kind) add(line, 'address-in-text', `正文里写了${kind.label}地址 ${match[0]}：${kind.why}，请删掉它。`);
    }
  }

  function checkJsx(node: JsxElement) {
    const line = lineOf(node);
    const name = node.name;
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxAttribute' && /^on/i.test(attribute.name)) {
        add(line, 'unsafe-html', tagMessages.handler(attribute.name));
      }
    }
    if (!name) return;
    if (unsafeElements.has(name.toLowerCase())) {
      add(line, 'unsafe-html', tagMessages.unsafe(name));
    } else if (imageElements.has(name)) {
      add(line, 'image', tagMessages.image(name));
    } else if (name === 'a') {
      add(line, 'link-tag', tagMessages.link);
    } else if (/^[A-Z]/.test(name) && !(articleComponentNames as readonly string[]).includes(name)) {
      add(line, 'component', `未知组件 <${name}>：文章里只能直接使用 ${articleComponentNames.map((component) => `<${component}>`).join('、')}，请检查拼写（区分大小写）。`);
    } else if (name === 'Callout') {
      const type = jsxAttribute(node, 'type');
      if (typeof type === 'string' && !isCalloutType(type)) add(line, 'component', `<Callout type="${type}"> 的 type 只能是 tip、note 或 caution。`);
    }
  }

  function checkRawHtml(html: string, line: number) {
    const unsafe = new RegExp(`<\\s*(${[...unsafeElements].join('|')})\\b`, 'i').exec(html);
    if (unsafe) add(line, 'unsafe-html', tagMessages.unsafe(unsafe[1]!.toLowerCase()));
    const handler = /\s(on[a-z]+)\s*=/i.exec(html);
    if (handler) add(line, 'unsafe-html', tagMessages.handler(handler[1]!));
    if (/<\s*img\b/i.test(html)) add(line, 'image', tagMessages.image('img'));
    if (/<\s*a\s[^>]*href/i.test(html)) add(line, 'link-tag', tagMessages.link);
  }
}

const listed = (items: readonly string[]) => (items.length > 8 ? `${items.slice(0, 8).join('、')} 等` : items.join('、'));

/** What is wrong with one link of `from`, or null. Needs every article, for internal links and anchors. */
function linkProblem(href: string, from: Analysis, bySlug: ReadonlyMap<string, Analysis>, input: LintInput): string | null {
  const articlePaths = [...bySlug.keys()].map((slug) => `/${slug}/`);
  const anchorProblem = (target: Analysis, anchor: string, shown: string) =>
    target.anchors.has(anchor)
      ? null
      : `${shown} 找不到：${target.slug === from.slug ? '本文' : `${target.article.file} `}没有这个小标题。锚点由小标题文字生成（例如“## 常见问题”→ #常见问题），改过小标题后要同步改链接。现有锚点：${listed([...target.anchors].map((name) => `#${name}`)) || '（无）'}。`;

  if (href.trim() === '') return '链接地址是空的：在 ( ) 里写上地址，例如 [常见问题](/faq/)。';
  if (href.startsWith('#')) return anchorProblem(from, decoded(href.slice(1)), href);
  if (href.startsWith('//')) return `链接 ${href} 缺少协议：外部链接请写完整的 https:// 地址。`;
  if (href.startsWith('/')) {
    const url = new URL(href, 'https://site.invalid');
    const path = decoded(url.pathname);
    if (input.routes.includes(path)) return null;
    const slug = /^\/([^/]+)\/?$/.exec(path)?.[1];
    const target = slug === undefined ? undefined : bySlug.get(slug);
    if (!target) return `站内链接 ${path} 指向的页面不存在：请检查拼写。现有文章的地址有 ${listed(articlePaths)}。`;
    if (!path.endsWith('/')) return `站内链接要以 / 结尾：把 ${path} 改成 ${path}/（否则在正式网站上会打不开）。`;
    if (target.frontmatter.draft && !from.frontmatter.draft) {
      return `链接到了草稿 content/${target.slug}：草稿不会发布，读者会打开一个不存在的页面。请等那篇文章发布后再加链接。`;
    }
    const anchor = decoded(url.hash.slice(1));
    return anchor ? anchorProblem(target, anchor, `${path}#${anchor}`) : null;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'mailto' || scheme === 'tel') return null;
  if (scheme === 'http') return `外部链接必须用 https：把 ${href} 改成 ${href.replace(/^http:/i, 'https:')}（如果那个网站不支持 https，就不要链接它）。`;
  if (scheme === 'https') {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return `链接 ${href} 不是有效的网址：请从浏览器地址栏完整复制。`;
    }
    return externalLinkProblem(url, input.allowlist);
  }
  if (scheme) return `不支持 ${scheme}: 链接：文章里只能链接 https:// 网页、站内页面（/faq/）、mailto: 或 tel:。`;
  const guess = href.replace(/^(\.\.?\/)+/, '').replace(/\.mdx?(?=$|#)/, '').replace(/\/?(#|$)/, '/$1');
  return `站内链接请以 / 开头、以 / 结尾：把 ${href} 改成 /${guess}（文章的地址就是它的文件名，例如 content/faq.mdx → /faq/）。`;
}

/** Checks every article against the house rules; the result is sorted by file and line. */
export function lintArticles(lintInput: LintInput): Problem[] {
  const providerFiles = lintInput.articles.filter(({ file }) => isProviderFile(file));
  // A provider page is a route like any other page: links to it are checked against its path.
  const input = { ...lintInput, routes: [...lintInput.routes, ...providerFiles.map(({ file }) => providerPath(slugOfFile(file)))] };
  const analyses = input.articles.map((article) => analyse(article, input));
  const bySlug = new Map(analyses.filter(({ article }) => !isProviderFile(article.file)).map((analysis) => [analysis.slug, analysis]));
  const problems = analyses.flatMap((analysis) => [
    ...analysis.problems,
    ...analysis.links.flatMap(({ url, line }) => {
      const message = linkProblem(url, analysis, bySlug, input);
      const rule = /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url) ? 'link-external' : 'link-internal';
      return message ? [problemOf(analysis.article.file, line, rule, message)] : [];
    }),
    ...futureDateWarnings(analysis, input.today),
    ...(input.previousText ? unbumpedUpdateWarnings(analysis, input.previousText) : []),
  ]);

  const ordered = analyses.flatMap(({ article, frontmatter }) =>
    frontmatter.order === null ? [] : [{ id: article.file, data: { order: frontmatter.order }, frontmatter }],
  );
  const free = nextReadingOrder(ordered);
  const orderLine = new Map(ordered.map(({ id, frontmatter }) => [id, frontmatter.fieldLines.get('order') ?? 1]));
  for (const { order, ids } of duplicateOrders(ordered)) {
    for (const id of ids) {
      const others = ids.filter((other) => other !== id);
      problems.push(
        problemOf(id, orderLine.get(id)!, 'order-duplicate', `order（阅读顺序）${order} 和 ${others.join('、')} 重复：每篇文章要用不同的数字，下一个没人用的数字是 ${free}。`),
      );
    }
  }
  problems.push(...reverificationWarnings(analyses.filter(({ article }) => isProviderFile(article.file)), input.today));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * A warning for each provider page verified too long ago. Never an error: a date going by must not turn
 * a check red on a day nobody changed anything.
 */
function reverificationWarnings(providers: readonly Analysis[], today: string): Problem[] {
  const verifiedOf = new Map(
    providers.flatMap(({ article, frontmatter }) => {
      const verified = (frontmatter.data as { verified?: string } | null)?.verified;
      return verified ? [[article.file, { verified, line: frontmatter.fieldLines.get('verified') ?? 1 }] as const] : [];
    }),
  );
  return staleProviders(
    [...verifiedOf].map(([file, { verified }]) => ({ id: file, verified })),
    today,
  ).map(({ id, verified, daysAgo }) =>
    problemOf(
      id,
      verifiedOf.get(id)!.line,
      'reverify',
      `需要重新核实：上次核实是 ${verified}，已经过去 ${daysAgo} 天（超过 ${reverifyAfterDays} 天）。请逐个打开 sources 里的来源，对照页面核对每条事实，改完后把 verified 和各来源的 checked 改成核对那天的日期。`,
    ),
  );
}

/** The dates of an article that no reader can have seen yet: a typo, or a change announced too early. */
function futureDateWarnings({ article, frontmatter }: Analysis, today: string): Problem[] {
  const data = frontmatter.data as { pubDate?: string; updated?: string } | null;
  return (['pubDate', 'updated'] as const).flatMap((field) => {
    const date = data?.[field];
    const line = frontmatter.fieldLines.get(field);
    if (!date || line === undefined || date <= today) return [];
    return [
      problemOf(article.file, line, 'future-date', `${field} 是 ${date}，比今天（${today}）还晚：请写实际发布或修改的那一天。如果是打错了，改成今天的日期即可。`),
    ];
  });
}

/** What a reader sees change in an article: title, summary and body. */
function readerText(text: string): string | null {
  const { data, body } = checkFrontmatter(text);
  return data ? JSON.stringify([data.title, data.description, body.trim()]) : null;
}

/**
 * A published article whose title, summary or body changed since the base branch while `updated` stayed
 * the same. A warning: fixing a typo need not move the date.
 */
function unbumpedUpdateWarnings({ article, frontmatter }: Analysis, previousText: (file: string) => string | null): Problem[] {
  if (isProviderFile(article.file) || frontmatter.draft || !frontmatter.data) return [];
  const before = previousText(article.file);
  const previous = before === null ? null : checkFrontmatter(before);
  if (!previous?.data || previous.data.draft) return [];
  const { updated } = frontmatter.data as { updated: string };
  if (updated !== previous.data.updated || readerText(article.text) === readerText(before!)) return [];
  const line = frontmatter.fieldLines.get('updated') ?? frontmatter.fieldLines.get('pubDate') ?? 1;
  return [
    problemOf(
      article.file,
      line,
      'updated-not-bumped',
      `这篇文章的内容改了，updated（更新日期）还是 ${updated}：如果改动对读者有影响（规则、价格、步骤），请把 updated 改成今天的日期${frontmatter.fieldLines.has('updated') ? '' : '（在 pubDate 下面加一行 updated: YYYY-MM-DD）'}；只改了错别字可以不改。`,
    ),
  ];
}

/** The provider pages a lint run found verified too long ago, for the editor's summary. */
export function needsReverification(problems: readonly Problem[]): string[] {
  return problems.filter((problem) => problem.topic === 'reverify').map((problem) => problem.file);
}

/** One problem as the editor reads it: `content/faq.mdx:12  错误 [链接] …`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}  ${severityNames[problem.severity]} [${topics[problem.topic]}] ${problem.message}`;
}
