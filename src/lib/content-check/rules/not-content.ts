import { providerFolder } from '../article.ts';
import { report, type ProjectRule } from '../rule.ts';
import { imageFolder } from './image.ts';

export const notContent: ProjectRule = {
  ids: ['not-content'],
  checkProject({ strayFiles }, fileFor) {
    for (const stray of strayFiles) {
      report(
        fileFor(stray),
        'not-content',
        1,
        `content/ 里只放文章（.mdx 或 .md 文件），${providerFolder} 里只放商家页面（.md 文件）：图片请放进 ${imageFolder}/，其他文件请移走。`,
      );
    }
  },
};
