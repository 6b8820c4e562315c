import { startOf, visitTags, type Tag } from '../markdown.ts';
import { report, type ArticleRule } from '../rule.ts';

const isLinkTag = (tag: Tag) => (tag.type === 'html' ? /<\s*a\s[^>]*href/i.test(tag.value) : tag.name === 'a');

export const linkTag: ArticleRule = {
  ids: ['link-tag'],
  check({ tree }, file) {
    visitTags(tree, (tag) => {
      if (!isLinkTag(tag)) return;
      report(
        file,
        'link-tag',
        startOf(tag),
        '请不要用 <a> 标签写链接：改用 Markdown 链接 [链接文字](https://…)，外部链接才会自动加上安全属性和“外部链接”提示。',
      );
    });
  },
};
