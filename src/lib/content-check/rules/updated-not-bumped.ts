import { checkFrontmatter } from '../frontmatter.ts';
import { report, type ContextRule } from '../rule.ts';

/** What a reader sees change in an article: title, summary and body. */
function readerText(text: string): string | null {
  const { data, body } = checkFrontmatter(text);
  return data ? JSON.stringify([data.title, data.description, body.trim()]) : null;
}

/**
 * A published article whose title, summary or body changed since the base branch while `updated` stayed
 * the same. A warning: fixing a typo need not move the date.
 */
export const updatedNotBumped: ContextRule = {
  ids: ['updated-not-bumped'],
  checkInContext(article, file, { previousText }) {
    const { frontmatter } = article;
    if (!previousText || article.isProvider || frontmatter.draft || !frontmatter.data) return;
    const before = previousText(article.file);
    const previous = before === null ? null : checkFrontmatter(before);
    if (!previous?.data || previous.data.draft) return;
    const { updated } = frontmatter.data as { updated: string };
    if (updated !== previous.data.updated || readerText(article.text) === readerText(before!)) return;
    const line = frontmatter.fieldLines.get('updated') ?? frontmatter.fieldLines.get('pubDate') ?? 1;
    report(
      file,
      'updated-not-bumped',
      line,
      `这篇文章的内容改了，updated（更新日期）还是 ${updated}：如果改动对读者有影响（规则、价格、步骤），请把 updated 改成今天的日期${frontmatter.fieldLines.has('updated') ? '' : '（在 pubDate 下面加一行 updated: YYYY-MM-DD）'}；只改了错别字可以不改。`,
    );
  },
};
