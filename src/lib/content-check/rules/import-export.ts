import { visit } from 'unist-util-visit';
import { articleComponentNames } from '../../articles/components.ts';
import { startOf } from '../markdown.ts';
import { report, type ArticleRule } from '../rule.ts';
import { imageFolder } from './image.ts';

/** Components are available without an import, and images are Markdown: an article needs no code. */
export const importExport: ArticleRule = {
  ids: ['import-export'],
  check({ tree }, file) {
    if (!tree) return;
    visit(tree, 'mdxjsEsm', (node) => {
      report(
        file,
        'import-export',
        startOf(node),
        `文章里不需要 import 或 export：${articleComponentNames.join('、')} 可以直接使用，图片请写成 ![中文说明](../${imageFolder}/文件名.png)。请删掉这一行。`,
      );
    });
  },
};
