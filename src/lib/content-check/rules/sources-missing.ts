import type { ArticleData } from '../frontmatter.ts';
import { report, type ContextRule } from '../rule.ts';

/**
 * A published article of the site lists where its facts come from, or says in `noSourcesReason` why it
 * has none to list. Drafts may leave it for later; so may the fixtures that each show the checker one
 * other mistake (the run asks for sources only in the site's content folder: LintInput.sourcesRequired).
 */
export const sourcesMissing: ContextRule = {
  ids: ['sources-missing'],
  checkInContext({ isProvider, text, frontmatter }, file, { sourcesRequired }) {
    const data = frontmatter.data as ArticleData | null;
    if (!sourcesRequired || isProvider || !data || data.draft) return;
    if (data.sources.length > 0 || data.noSourcesReason) return;
    const closingLine = text.split('\n').findIndex((line, index) => index > 0 && line.trim() === '---') + 1;
    report(
      file,
      'sources-missing',
      frontmatter.fieldLines.get('sources') ?? closingLine,
      '这篇文章还没有参考资料：在 frontmatter 的 sources 里列出文中事实的出处（每个来源写 title、url、checked、official，官方来源在前，写法见 CONTRIBUTING.md）。文章确实没有需要出处的事实时，写 noSourcesReason: 和一句理由。',
    );
  },
};
