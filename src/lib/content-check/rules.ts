/**
 * Every rule of the content check, and whether it blocks: the one place that says so. An `error` fails
 * `npm run lint:content`, `npm test`, `npm run build` and the pull request's check; a `warning` is printed
 * and never fails anything. CONTRIBUTING.md's rule table is generated from this list
 * (`npm run docs:rules`), and a test fails when the two differ.
 */

/** What a problem is about; shown to the editor in Chinese. */
export const topics = {
  file: '文件名',
  frontmatter: 'frontmatter',
  syntax: 'MDX 语法',
  link: '链接',
  image: '图片',
  html: '不安全的代码',
  component: '组件',
  style: '中文排版',
  placeholder: '待填写',
  source: '来源',
  reverify: '需要重新核实',
} as const;

export type Topic = keyof typeof topics;
export type Severity = 'error' | 'warning';

export interface Rule {
  topic: Topic;
  severity: Severity;
  /** What the rule asks for, in one Chinese sentence. */
  asks: string;
  /** A short piece of content the rule refuses or warns about. */
  example: string;
}

export const rules = {
  'file-name': {
    topic: 'file',
    severity: 'error',
    asks: '文件名就是网址：只用小写英文字母、数字和连字符，不能和网站已有的页面同名。',
    example: '`content/Roaming_Data.mdx`',
  },
  'not-content': {
    topic: 'file',
    severity: 'error',
    asks: '`content/` 里只放文章，`content/providers/` 里只放商家页面。',
    example: '`content/screenshot.png`',
  },
  'frontmatter-missing': {
    topic: 'frontmatter',
    severity: 'error',
    asks: '文件的第一行是单独的 `---`，后面是 frontmatter。',
    example: '第一行直接写正文',
  },
  'frontmatter-unclosed': {
    topic: 'frontmatter',
    severity: 'error',
    asks: 'frontmatter 的最后一个字段后面单独写一行 `---`，把它和正文分开。',
    example: '写完 `draft: true` 就开始写正文',
  },
  'frontmatter-format': {
    topic: 'frontmatter',
    severity: 'error',
    asks: 'frontmatter 每行写成“字段: 值”：英文冒号加一个空格，不用 Tab 缩进。',
    example: '`order：6`',
  },
  'frontmatter-field': {
    topic: 'frontmatter',
    severity: 'error',
    asks: '必填字段都写了，只用规定的字段；长度、日期和取值符合要求。',
    example: '`pubDate: 2026-02-30`',
  },
  'order-duplicate': {
    topic: 'frontmatter',
    severity: 'error',
    asks: '每篇文章的 `order`（阅读顺序）都不相同。',
    example: '两篇文章都写 `order: 3`',
  },
  'future-date': {
    topic: 'frontmatter',
    severity: 'warning',
    asks: '`pubDate` 和 `updated` 不晚于今天。',
    example: '`updated: 2099-01-01`',
  },
  'future-fact-date': {
    topic: 'frontmatter',
    severity: 'error',
    asks: '商家页面的 `verified`、来源的 `checked` 和 `pageDate` 不晚于今天：未来的日期等于声称做过还没做的核对。',
    example: '`verified: 2099-01-01`',
  },
  'updated-not-bumped': {
    topic: 'frontmatter',
    severity: 'warning',
    asks: '（只在拉取请求上检查）改了已发布文章的标题、摘要或正文时，把 `updated` 改成修改那天。',
    example: '改了正文，`updated` 还是上次的日期',
  },
  'mdx-syntax': {
    topic: 'syntax',
    severity: 'error',
    asks: 'MDX 能读懂全文：正文里的 `<` 和 `{` 写成 `\\<` 和 `\\{`，组件标签成对。',
    example: '`流量少于 <5 GB`',
  },
  'import-export': {
    topic: 'syntax',
    severity: 'error',
    asks: '文章里不写 `import` 和 `export`：组件可以直接用。',
    example: '`import Steps from "…"`',
  },
  'link-internal': {
    topic: 'link',
    severity: 'error',
    asks: '站内链接以 `/` 开头和结尾，指向存在的、已发布的页面和小标题。',
    example: '`[步骤](/renewal-step/)`',
  },
  'link-external': {
    topic: 'link',
    severity: 'error',
    asks: '外部链接用 `https://`，不链接聊天软件、网店和短链接，不带推广参数。',
    example: '`[官网](http://www.azercell.com/)`',
  },
  'link-tag': {
    topic: 'link',
    severity: 'error',
    asks: '链接用 Markdown 写成 `[文字](地址)`，不用 `<a>` 标签。',
    example: '`<a href="https://www.nar.az/">`',
  },
  'contact-handle': {
    topic: 'link',
    severity: 'error',
    asks: '不写聊天软件账号（微信、WeChat、VX、QQ、Telegram、WhatsApp、Line 等后面跟着号码或 ID）。',
    example: '`加微信 example_2026`',
  },
  'phone-number': {
    topic: 'link',
    severity: 'error',
    asks: '不写电话号码；运营商公布的短号码（`*100#`、`2112` 这样不超过 6 位的号码）可以写。',
    example: '`客服电话 +994 50 000 00 00`',
  },
  'address-in-text': {
    topic: 'link',
    severity: 'error',
    asks: '正文里不写聊天软件、网店和短链接的网址（哪怕不是链接）。',
    example: '`bit.ly/3xAmpLe`',
  },
  allowlist: {
    topic: 'link',
    severity: 'error',
    asks: '`content-allowlist.json` 里的每个例外域名都写了理由。',
    example: '`{ "host": "t.me" }`',
  },
  image: {
    topic: 'image',
    severity: 'error',
    asks: '图片放在 `src/assets/articles/`，用 Markdown 图片语法，带中文说明。',
    example: '`![](https://example.com/a.png)`',
  },
  'unsafe-html': {
    topic: 'html',
    severity: 'error',
    asks: '文章里不放会运行或嵌入别的网站的代码。',
    example: '`<iframe>`、`onclick=`',
  },
  component: {
    topic: 'component',
    severity: 'error',
    asks: '只用 `<Steps>`、`<Callout>`、`<RenewalReminder>` 和 `:::tip`、`:::note`、`:::caution`、`:::hant-only`，提示框用 `:::` 结束；`:::hant-only` 里没有小标题。',
    example: '`:::warning`',
  },
  'style-mistake': {
    topic: 'style',
    severity: 'error',
    asks: '中文句子里用全角标点，中文和英文、数字之间加一个空格。',
    example: '`提前7天续费,再查流量`',
  },
  'style-suggestion': {
    topic: 'style',
    severity: 'warning',
    asks: '其他排版建议（例如全角内容之间、标点后面不加空格）。',
    example: '`在 **设置** 里`',
  },
  'formal-you': {
    topic: 'style',
    severity: 'warning',
    asks: '称呼读者用“你”，不用“您”。',
    example: '`请您提前续费`',
  },
  placeholder: {
    topic: 'placeholder',
    severity: 'error',
    asks: '要发布的文章里没有 `【待填写】`。',
    example: '`draft: false` 的文章里还有 `【待填写】`',
  },
  'placeholder-draft': {
    topic: 'placeholder',
    severity: 'warning',
    asks: '草稿里剩下的 `【待填写】`，发布前要改完。',
    example: '`draft: true` 的文章里还有 `【待填写】`',
  },
  'source-blocked': {
    topic: 'source',
    severity: 'error',
    asks: '商家页面和文章的来源不是聊天软件、网店、短链接，也不带推广参数。',
    example: '`url: https://bit.ly/3xAmpLe`',
  },
  'sources-missing': {
    topic: 'source',
    severity: 'error',
    asks: '要发布的文章在 `sources` 里列出参考资料；确实没有需要出处的事实时，用 `noSourcesReason` 写明理由。',
    example: '`draft: false` 的文章既没有 `sources` 也没有 `noSourcesReason`',
  },
  reverify: {
    topic: 'reverify',
    severity: 'warning',
    asks: '商家页面的 `verified` 不超过 180 天。',
    example: '`verified: 2025-01-01`',
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof rules;

export const severityNames: Record<Severity, string> = { error: '错误', warning: '警告' };

/** The rule table in CONTRIBUTING.md, between its two marker comments. */
export function ruleTable(): string {
  const rows = Object.entries(rules).map(
    ([id, rule]) =>
      `| \`${id}\` | ${severityNames[rule.severity]} | ${topics[rule.topic]} | ${rule.asks} | ${rule.example} |`,
  );
  return ['| 规则 | 级别 | 种类 | 要求 | 例子 |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export const ruleTableMarkers = {
  start: '<!-- 规则表：由 npm run docs:rules 从 src/lib/content-check/rules.ts 生成，不要手改 -->',
  end: '<!-- 规则表结束 -->',
} as const;
