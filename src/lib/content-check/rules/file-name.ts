import { articleSlugProblem } from '../../articles/slug.ts';
import { report, type ArticleRule } from '../rule.ts';

export const fileName: ArticleRule = {
  ids: ['file-name'],
  check(article, file, input) {
    // A provider page's address is under /providers/, where no site page can be in its way.
    const problem = articleSlugProblem(article.slug, article.isProvider ? [] : input.routes);
    if (problem) report(file, 'file-name', 1, problem);
  },
};
