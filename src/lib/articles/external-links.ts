/** How a link that leaves the site is marked: a class for the visible ↗ and a hidden spoken cue. */
export const externalLinkCue = {
  linkClass: 'external-link',
  textClass: 'external-link-cue',
  text: '（外部链接）',
} as const;

/** True for an absolute http(s) link to a host other than the site's own. */
export function isExternalHref(href: string, siteUrl: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    return new URL(href).host !== new URL(siteUrl).host;
  } catch {
    return false;
  }
}
