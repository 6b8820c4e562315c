import { siteConfig } from '../../src/site.config.ts';

/**
 * One page for each template of the site: the browser tests visit these, and only these, so an article or a
 * seller page added to content/ adds no browser test. What holds for every page without needing a layout
 * (valid HTML, budgets, links, CSP, JSON-LD, headings, alt text, the Traditional script) is checked over every
 * built page in tests/site.
 */
export const templates = {
  home: '/',
  /** The article with the most components: the steps, a callout, a caution and the reminder. */
  article: siteConfig.renewalGuidePath,
  /** An article with a table, which no other article template shows. */
  articleWithTable: '/precautions/',
  sellerPage: '/providers/azercell/',
  sellerTable: siteConfig.providersPath,
  finder: siteConfig.providerFinderPath,
  search: '/search/',
  offline: '/offline/',
  saveOffline: siteConfig.saveOfflinePath,
  notFound: '/no-such-page/',
  /** The Traditional edition where its markup differs: the other lang, the converted reminder and language switch. */
  traditionalHome: '/zh-hant/',
} as const;

export type Template = keyof typeof templates;

/** Each template's page, as [name, path]. */
export const templatePages = Object.entries(templates) as [Template, string][];
