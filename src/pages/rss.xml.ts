import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articlePath, getArticles } from '../data/articles';
import { feedDate, sortByUpdated } from '../lib/feed';
import { siteConfig } from '../site.config';

/** The articles as an RSS feed, the most recently updated first; each item is dated by its update. */
export const GET: APIRoute = async () =>
  rss({
    title: siteConfig.name,
    description: siteConfig.tagline,
    site: siteConfig.url,
    trailingSlash: true,
    customData: `<language>${siteConfig.lang}</language>`,
    items: sortByUpdated(await getArticles()).map((article) => ({
      title: article.data.title,
      description: article.data.description,
      link: articlePath(article),
      pubDate: feedDate(article.data.updated),
      categories: article.data.tags,
    })),
  });
