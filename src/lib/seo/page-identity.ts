import { siteConfig } from '../../site.config.ts';
import { urlInEdition, type Edition } from '../editions/editions.ts';

/** What a page's head tags and its JSON-LD both say about where it is and how it is shared. */
export interface PageIdentity {
  canonicalUrl: string;
  shareImageUrl: string;
  /** The page's own title, or the site's name on the home page. */
  shareTitle: string;
}

/**
 * @param renderedPath The path Astro renders (`Astro.url.pathname`): a page of the Traditional edition
 *   renders its Simplified twin.
 * @param edition The page's edition (`Astro.locals.edition`, from src/middleware.ts).
 * @param title The page's own title, without the site name; the home page has none.
 */
export function pageIdentity(renderedPath: string, edition: Edition, title: string | undefined): PageIdentity {
  return {
    canonicalUrl: urlInEdition(renderedPath, edition),
    // Each edition has its own share image, in its own script (tools/render-share-image.mjs).
    shareImageUrl: urlInEdition(siteConfig.shareImage.path, edition),
    shareTitle: title ?? siteConfig.name,
  };
}
