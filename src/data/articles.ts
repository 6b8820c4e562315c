import { getCollection, type CollectionEntry } from 'astro:content';
import { inDevServer } from '../dev-server.ts';
import { duplicateOrders, sortByReadingOrder } from '../lib/articles/reading-order.ts';
import { siteConfig } from '../site.config.ts';

export type Article = CollectionEntry<'articles'>;

/**
 * Every published article in reading order; drafts too while `astro dev` runs. Pages get articles
 * only from here, so drafts are filtered and the order is checked in one place.
 */
export async function getArticles(): Promise<Article[]> {
  const articles = await getCollection('articles', (entry) => inDevServer || !entry.data.draft);
  const clashes = duplicateOrders(articles);
  if (clashes.length > 0) {
    const lines = clashes.map(
      ({ order, ids }) => `order: ${order} 同时用于 ${ids.map((id) => `content/${id}`).join('、')}`,
    );
    throw new Error(`阅读顺序重复（${lines.join('；')}）。请给每篇文章一个不同的 order。`);
  }
  return sortByReadingOrder(articles);
}

/** The URL path of an article page. */
export function articlePath(article: Pick<Article, 'id'>): string {
  return `/${article.id}/`;
}

/** The guides in the offline shell (`siteConfig.offlineShell`), which every reader's phone keeps from the first visit. */
export async function getShellGuides(): Promise<Article[]> {
  return (await getArticles()).filter((article) =>
    (siteConfig.offlineShell as readonly string[]).includes(articlePath(article)),
  );
}
