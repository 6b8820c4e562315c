import { siteConfig } from '../site.config.ts';
import { editionOfPath, urlInEdition, type Edition } from './editions.ts';

/** What a page's head tags and its JSON-LD both say about where it is and how it is shared. */
export interface PageIdentity {
  edition: Edition;
  canonicalUrl: string;
  shareImageUrl: string;
  /** The page's own title, or the site's name on the home page. */
  shareTitle: string;
}

/**
 * @param renderedPath The path Astro renders (`Astro.url.pathname`): a page of the Traditional edition
 *   renders its Simplified twin.
 * @param originPath The path that was asked for (`Astro.originPathname`): it says the edition.
 * @param title The page's own title, without the site name; the home page has none.
 */
export function pageIdentity(renderedPath: string, originPath: string, title: string | undefined): PageIdentity {
  const edition = editionOfPath(originPath);
  return {
    edition,
    canonicalUrl: urlInEdition(renderedPath, edition),
    // Each edition has its own share image, in its own script (tools/render-share-image.mjs).
    shareImageUrl: urlInEdition(siteConfig.shareImage.path, edition),
    shareTitle: title ?? siteConfig.name,
  };
}
