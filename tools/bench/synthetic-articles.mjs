// Writes synthetic Chinese articles for the build benchmark and the scale check: MDX, as every real article
// is, of realistic length, with headings, lists, a callout and a few internal links, deterministic for a
// given count.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sentences = [
  '出发前先在商家的应用里查看套餐的到期时间和剩余流量。',
  '如果套餐支持充值，通常可以在原来的 eSIM 上直接续费，不需要重新扫描二维码。',
  '付款需要网络连接，流量用完之前续费会省去很多麻烦。',
  '有些商家的续费会排队，等当前套餐结束后才开始计算有效期。',
  '请只通过官方网站或官方应用付款，不要把二维码或验证码发给任何人。',
  '阿塞拜疆全年使用 UTC+4，比北京时间晚 4 个小时。',
  '当地运营商的预付费线路靠余额自动续订，余额不足时套餐不会续上。',
  '续费成功后，确认 eSIM 线路已开启，并且打开了这条线路的数据漫游。',
  '保存好订单号和付款凭证，需要联系客服时会用到。',
  '删除 eSIM 之后通常无法用同一个二维码重新安装。',
];

/** The text of synthetic article number `index` (1-based) out of `count`. */
function articleText(index, count) {
  const paragraph = (offset) =>
    Array.from({ length: 4 }, (_, i) => sentences[(index + offset + i) % sentences.length]).join('');
  const sections = Array.from({ length: 4 }, (_, section) =>
    [
      `## 第 ${section + 1} 部分：续费要点 ${index}-${section + 1}`,
      paragraph(section),
      `- ${sentences[(index + section) % sentences.length]}`,
      `- ${sentences[(index + section + 3) % sentences.length]}`,
      paragraph(section + 5),
    ].join('\n\n'),
  );
  const previous = index > 1 ? `[上一篇](/bench-${index - 1}/)` : '[首页](/)';
  return `---
title: 测试文章 ${index}：eSIM 续费要点
description: 这是第 ${index} 篇用于测量构建速度的合成文章，共 ${count} 篇，内容模拟真实的续费指南，包括有效期、流量和官方渠道。
pubDate: 2026-11-25
order: ${100 + index}
tags: [续费, 流量]
noSourcesReason: 用于测量构建速度的合成文章，不陈述需要出处的事实。
---

${paragraph(0)}

:::tip
${sentences[index % sentences.length]}
:::

${sections.join('\n\n')}

${previous}
`;
}

/** Writes `count` synthetic articles into `directory`. */
export function writeSyntheticArticles(directory, count) {
  mkdirSync(directory, { recursive: true });
  for (let index = 1; index <= count; index += 1) {
    writeFileSync(join(directory, `bench-${index}.mdx`), articleText(index, count));
  }
}
