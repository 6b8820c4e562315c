import { report, type ArticleRule } from '../rule.ts';

export const mdxSyntax: ArticleRule = {
  ids: ['mdx-syntax'],
  check({ syntaxError }, file) {
    if (!syntaxError) return;
    report(
      file,
      'mdx-syntax',
      syntaxError.line,
      `MDX 无法解析这一行：正文里的 < 和 { 有特殊含义，要当普通文字用时请写成 \\< 和 \\{；组件标签要成对（<Steps> … </Steps>），或以 /> 结尾。（原始提示：${syntaxError.reason}）`,
    );
  },
};
