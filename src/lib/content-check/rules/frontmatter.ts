import { report, type ArticleRule } from '../rule.ts';

/** The mistakes checkFrontmatter found while reading the fields. */
export const frontmatter: ArticleRule = {
  ids: ['frontmatter-missing', 'frontmatter-unclosed', 'frontmatter-format', 'frontmatter-field'],
  check(article, file) {
    for (const problem of article.frontmatter.problems) report(file, problem.rule, problem.line, problem.message);
  },
};
