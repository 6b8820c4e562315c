/** Site-wide settings: the one place for names, addresses and the renewal rule. */
export const siteConfig = {
  name: '阿塞拜疆 eSIM 续费指南',
  shortName: 'eSIM 续费指南',
  tagline: '帮你在阿塞拜疆 eSIM 到期前按时续费、不断网。',
  /** Production origin; canonical URLs, the sitemap and the feed are built from it. */
  url: 'https://azerbaijan-esim-guide.pages.dev',
  lang: 'zh-Hans',
  repository: {
    url: 'https://github.com/azerbaijan-esim-guide/azerbaijan-esim-guide',
    branch: 'main',
  },
  /** Renew at least this many days before the plan expires. */
  renewalLeadDays: 7,
} as const;

export type SiteConfig = typeof siteConfig;
