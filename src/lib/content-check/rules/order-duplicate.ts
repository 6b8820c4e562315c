import { duplicateOrders, nextReadingOrder } from '../../articles/reading-order.ts';
import { report, type SiteRule } from '../rule.ts';

/** Two articles with the same place in the reading order: each is told the other's name and a free number. */
export const orderDuplicate: SiteRule = {
  ids: ['order-duplicate'],
  checkAll(articles, fileFor) {
    const ordered = articles.flatMap(({ file, frontmatter }) =>
      frontmatter.order === null ? [] : [{ id: file, data: { order: frontmatter.order }, frontmatter }],
    );
    const free = nextReadingOrder(ordered);
    const orderLine = new Map(ordered.map(({ id, frontmatter }) => [id, frontmatter.fieldLines.get('order') ?? 1]));
    for (const { order, ids } of duplicateOrders(ordered)) {
      for (const id of ids) {
        const others = ids.filter((other) => other !== id);
        report(
          fileFor(id),
          'order-duplicate',
          orderLine.get(id)!,
          `order（阅读顺序）${order} 和 ${others.join('、')} 重复：每篇文章要用不同的数字，下一个没人用的数字是 ${free}。`,
        );
      }
    }
  },
};
