import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articlePath, getArticles } from '../data/articles';
import { editionOfPath, editions, pathInEdition, urlInEdition } from '../lib/editions';
import { feedDate, sortByUpdated } from '../lib/feed';
import { siteConfig } from '../site.config';

/**
 * The articles as an RSS feed, the most recently updated first; each item is dated by its update.
 * Served for each edition (src/pages/zh-hant/rss.xml.ts), linking to that edition's pages.
 */
export const GET: APIRoute = async ({ originPathname }) => {
  const edition = editionOfPath(originPathname);
  return rss({
    title: siteConfig.name,
    description: siteConfig.tagline,
    site: urlInEdition('/', edition),
    trailingSlash: true,
    customData: `<language>${editions[edition].lang}</language>`,
    items: sortByUpdated(await getArticles()).map((article) => ({
      title: article.data.title,
      description: article.data.description,
      link: pathInEdition(articlePath(article), edition),
      pubDate: feedDate(article.data.updated),
      categories: article.data.tags,
    })),
  });
};
