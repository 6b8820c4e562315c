import type { ArticleFacts } from '../article.ts';
import { externalLinkProblem } from '../link-policy.ts';
import { decoded } from '../markdown.ts';
import { report, type LintInput, type SiteRule } from '../rule.ts';

const listed = (items: readonly string[]) =>
  items.length > 8 ? `${items.slice(0, 8).join('、')} 等` : items.join('、');

/** What is wrong with one link of `from`, or null. Needs every article, for internal links and anchors. */
function linkProblem(
  href: string,
  from: ArticleFacts,
  bySlug: ReadonlyMap<string, ArticleFacts>,
  input: LintInput,
): string | null {
  const articlePaths = [...bySlug.keys()].map((slug) => `/${slug}/`);
  const anchorProblem = (target: ArticleFacts, anchor: string, shown: string) =>
    target.anchors.has(anchor)
      ? null
      : `${shown} 找不到：${target.slug === from.slug ? '本文' : `${target.file} `}没有这个小标题。锚点由小标题文字生成（例如“## 常见问题”→ #常见问题），改过小标题后要同步改链接。现有锚点：${listed([...target.anchors].map((name) => `#${name}`)) || '（无）'}。`;

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
  if (scheme === 'http')
    return `外部链接必须用 https：把 ${href} 改成 ${href.replace(/^http:/i, 'https:')}（如果那个网站不支持 https，就不要链接它）。`;
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
  const guess = href
    .replace(/^(\.\.?\/)+/, '')
    .replace(/\.mdx?(?=$|#)/, '')
    .replace(/\/?(#|$)/, '/$1');
  return `站内链接请以 / 开头、以 / 结尾：把 ${href} 改成 /${guess}（文章的地址就是它的文件名，例如 content/faq.mdx → /faq/）。`;
}

/** A link with a scheme (`https:`, `mailto:`) or starting with `//` leaves the site. */
const isExternal = (href: string) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href);

/** Every link of every article: to a page and heading that exist, or to another site the policy allows. */
export const links: SiteRule = {
  ids: ['link-internal', 'link-external'],
  checkAll(articles, fileFor, input) {
    const bySlug = new Map(articles.filter((article) => !article.isProvider).map((article) => [article.slug, article]));
    for (const article of articles) {
      for (const { url, place } of article.links) {
        const problem = linkProblem(url, article, bySlug, input);
        if (problem) report(fileFor(article.file), isExternal(url) ? 'link-external' : 'link-internal', place, problem);
      }
    }
  },
};
