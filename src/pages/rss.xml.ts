import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articlePath, getArticles } from '../data/articles.ts';
import { getProviders } from '../data/providers.ts';
import { editionOfPath, editions, pathInEdition, urlInEdition } from '../lib/editions/editions.ts';
import { feedDate, sortByUpdated } from '../lib/seo/feed.ts';
import { providerPath, providerTitle } from '../lib/providers/providers.ts';
import { siteConfig } from '../site.config.ts';

/**
 * The articles and provider pages as an RSS feed, the most recently updated first; each item is dated by
 * its update (a provider page by the day its facts were verified).
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
    // Stable sort: on the same day, articles keep their reading order ahead of provider pages.
    items: [
      ...sortByUpdated(await getArticles()).map((article) => ({
        title: article.data.title,
        description: article.data.description,
        link: pathInEdition(articlePath(article), edition),
        pubDate: feedDate(article.data.updated),
        categories: article.data.tags,
      })),
      ...(await getProviders()).map(({ id, data }) => ({
        title: providerTitle(data.name),
        description: data.summary,
        link: pathInEdition(providerPath(id), edition),
        pubDate: feedDate(data.verified),
        categories: [data.name, ...data.aliases],
      })),
    ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
  });
};
