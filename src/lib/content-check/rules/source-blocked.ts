import { externalLinkProblem } from '../link-policy.ts';
import { report, type ContextRule } from '../rule.ts';

/** The addresses in the sources of provider pages and articles follow the same policy as links in articles. */
export const sourceBlocked: ContextRule = {
  ids: ['source-blocked'],
  checkInContext(article, file, input) {
    for (const { field, text: url, line } of article.frontmatter.texts) {
      if (field !== 'url' || !URL.canParse(url)) continue;
      const problem = externalLinkProblem(new URL(url), input.allowlist);
      if (problem) report(file, 'source-blocked', line, `这个来源不能用：${problem}`);
    }
  },
};
