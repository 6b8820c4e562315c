import { placeholderMark } from '../new-article.ts';
import { report, type ArticleRule } from '../rule.ts';

/** What `npm run new` left to write: a warning in a draft, an error once the article is published. */
export const placeholder: ArticleRule = {
  ids: ['placeholder', 'placeholder-draft'],
  check({ text, frontmatter: { draft } }, file) {
    const draftNote = draft ? '（草稿可以先留着，发布前必须改完）' : '';
    text.split('\n').forEach((line, index) => {
      if (!line.includes(placeholderMark)) return;
      report(
        file,
        draft ? 'placeholder-draft' : 'placeholder',
        index + 1,
        `这里还是模板里的“${placeholderMark}”文字：请换成你自己写的内容${draftNote}。`,
      );
    });
  },
};
