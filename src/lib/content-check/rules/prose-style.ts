import type { PhrasingContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { startOf } from '../markdown.ts';
import { addressProblems, proseProblems } from '../prose-style.ts';
import { report, type ArticleRule } from '../rule.ts';

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

/** The house style of the Chinese prose, in the frontmatter's prose fields and in every block of the body. */
export const proseStyle: ArticleRule = {
  ids: ['style-mistake', 'style-suggestion', 'formal-you'],
  check(article, file) {
    const checkProse = (prose: string, line: number) => {
      for (const style of [...proseProblems(prose, line), ...addressProblems(prose, line)])
        report(file, style.rule, style.line, style.message);
    };
    for (const { text, place } of article.proseFields) checkProse(text, place.line);
    if (!article.tree) return;
    visit(article.tree, (node) => {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
      const source = inlineSource(article.frontmatter.body, node.children);
      if (source) checkProse(source, startOf(node).line);
    });
  },
};
