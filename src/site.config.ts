/** Renew at least this many days before the plan expires. */
export const renewalLeadDays = 7;

/** The leads the reminder offers, shortest first; never shorter than `renewalLeadDays`. */
export const renewalLeadChoices = [renewalLeadDays, 10, 14] as const;

/**
 * The finder: from a few plain choices to the reader's own provider page. The header, the home page, the
 * reminder and the breadcrumbs call it by `providerFinderName` and nothing else (tests/site/providers.test.ts),
 * in both editions (the Traditional one converted at build time). The reminder's wording imports the name on
 * its own, so its browser script does not carry `siteConfig`.
 */
const providerFinderPath = '/which-esim/';
export const providerFinderName = '续费入口';

/** Every seller and operator side by side, each linking its renewal page; the search page's script imports it alone. */
export const providersPath = '/providers/';
/** The name of that full list, wherever a link or breadcrumb leads to it. */
const providersName = '各家续费规则';

/** Site-wide settings: the one place for names, addresses and the renewal rule. */
export const siteConfig = {
  name: '阿塞拜疆 eSIM 续费指南',
  shortName: 'eSIM 续费指南',
  tagline: '帮你在阿塞拜疆 eSIM 到期前按时续费、不断网。',
  /** Production origin; canonical URLs, the sitemap and the feed are built from it. */
  url: 'https://azerbaijan-esim-guide.pages.dev',
  /**
   * Each edition's language (`<html lang>`, `hreflang`), the same as OpenGraph writes it, and where its pages
   * live. The Traditional Chinese (Taiwan) edition is every page again under its prefix, converted from the
   * Simplified pages at build time (src/middleware.ts); editors never touch it.
   */
  editions: {
    'zh-Hans': { lang: 'zh-Hans', ogLocale: 'zh_CN', pathPrefix: '/' },
    'zh-Hant': { lang: 'zh-Hant', ogLocale: 'zh_TW', pathPrefix: '/zh-hant/' },
  },
  /** The picture shown when a page is shared; made by tools/render-share-image.mjs. */
  shareImage: {
    path: '/og-default.png',
    width: 1200,
    height: 630,
    alt: '阿塞拜疆 eSIM 续费指南：到期前按时续费、不断网',
  },
  /** Pages search engines should not list: marked `noindex` and left out of the sitemap. */
  unlistedPaths: ['/search/', '/404/', '/offline/', '/save-offline/'],
  /**
   * The offline shell (Simplified paths; each edition keeps its own): the pages every reader's phone saves
   * in the background on the first visit, with the styles and scripts. Every other page is kept once it is
   * read, or all at once from `saveOfflinePath`. What the shell downloads has a budget that does not grow
   * with the number of articles (tests/site/offline.test.ts): add a page here only with room in it.
   */
  offlineShell: [
    '/',
    '/offline/',
    '/search/',
    '/renewal-steps/',
    '/data-running-out/',
    '/precautions/',
    '/faq/',
    providerFinderPath,
    providersPath,
  ],
  /**
   * The most guides one list shows: the home and 404 pages show the first ones in reading order, and past
   * this many, `/guides/` lists them all, this many to a page, so no page grows with the site.
   */
  guidesPerPage: 30,
  /** "离线阅读": what the phone keeps, and the control that saves every guide at once. */
  saveOfflinePath: '/save-offline/',
  repository: {
    url: 'https://github.com/azerbaijan-esim-guide/azerbaijan-esim-guide',
    branch: 'main',
  },
  // The reminder's browser script imports the two renewal values above on their own, so it does not
  // carry the rest of this object.
  renewalLeadDays,
  renewalLeadChoices,
  /** The four-steps article, linked from the reminder and its calendar event. */
  renewalGuidePath: '/renewal-steps/',
  /** Its four steps themselves, the reminder's "按四个步骤续费" action. */
  renewalStepsSectionPath: '/renewal-steps/#四个步骤',
  /** Its section on plans that have already expired. */
  expiredPlanSectionPath: '/renewal-steps/#套餐已经过期怎么办',
  providerFinderPath,
  providerFinderName,
  providersPath,
  providersName,
  /** The section that explains when the lead-day rule does not fit (queued top-ups, very short plans). */
  renewalRuleSectionPath: '/precautions/#至少提前-7-天续费但先看规则',
} as const;

export type SiteConfig = typeof siteConfig;
