import { articleSlugProblem } from '../../articles/slug.ts';
import { report, type ContextRule } from '../rule.ts';

/** The file's name is its address: it must not take a site page's (the routes are the run's). */
export const fileName: ContextRule = {
  ids: ['file-name'],
  checkInContext(article, file, input) {
    // A provider page's address is under /providers/, where no site page can be in its way.
    const problem = articleSlugProblem(article.slug, article.isProvider ? [] : input.routes);
    if (problem) report(file, 'file-name', 1, problem);
  },
};
