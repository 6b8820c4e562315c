import { descriptionLength, titleLength } from '../articles/schema.ts';
/** The marker `npm run new` puts where the editor still has to write something (the content check finds it). */
export const placeholderMark = '【待填写】';

export interface NewArticle {
  title: string;
  /** Today, `YYYY-MM-DD`. */
  date: string;
  order: number;
}

/**
 * The text of a new article: every required field filled, `draft: true`, and 【待填写】 wherever
 * the editor still has to write (the content check flags what is left once the draft is published).
 */
export function scaffoldArticle({ title, date, order }: NewArticle): string {
  return `---
title: ${JSON.stringify(title)}
description: ${placeholderMark}用一句话（${descriptionLength.min} 到 ${descriptionLength.max} 个字）说清这篇文章能帮读者做什么，它会显示在标题下面、首页列表和搜索结果里。
pubDate: ${date}
updated: ${date}
order: ${order}
tags: []
draft: true
---

${placeholderMark}先用一两句话告诉读者这篇文章讲什么、读完能做成什么事。

## ${placeholderMark}第一个小标题

${placeholderMark}正文。段落短一点；中文和英文、数字之间加空格，例如“提前 7 天续费 eSIM”。

:::tip
${placeholderMark}提示框里的内容（也可以用 :::note 或 :::caution，别忘了最后一行的 :::）。
:::
`;
}

/** What a title given to `npm run new` must look like, or null when it is fine. */
export function newTitleProblem(title: string): string | null {
  const length = [...title.trim()].length;
  if (length < titleLength.min)
    return '请在文件名后面写上文章标题，例如：npm run new -- roaming-data "在阿塞拜疆开启数据漫游"';
  if (length > titleLength.max) return `标题有 ${length} 个字，太长了：请控制在 ${titleLength.max} 个字以内。`;
  return null;
}
