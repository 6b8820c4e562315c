import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkDirective from 'remark-directive';
import rehypeExternalLinks, { type Options as ExternalLinkOptions } from 'rehype-external-links';
import { externalLinkCue, isExternalHref } from '../lib/articles/external-links.ts';
import { rehypeKeepTogether } from './rehype-keep-together.ts';
import { remarkCallouts } from './remark-callouts.ts';
import remarkJoinCjkLines from './remark-join-cjk-lines.ts';
import remarkStructuredData from './remark-structured-data.ts';

/**
 * Marks links that leave the site: `rel="noopener noreferrer"`, the `external-link` class (a visible ↗ drawn
 * in CSS) beside the link's own classes, and a visually hidden “（外部链接）” so screen-reader users hear it
 * too. An absolute link to the site's own host is not external.
 */
function externalLinks(siteUrl: string): ExternalLinkOptions {
  const classesOf = (link: Element) =>
    Array.isArray(link.properties['className']) ? link.properties['className'] : [];
  return {
    rel: ['noopener', 'noreferrer'],
    test: (link: Element) => isExternalHref(String(link.properties['href']), siteUrl),
    properties: (link: Element) => ({ className: [...classesOf(link), externalLinkCue.linkClass] }),
    content: { type: 'text', value: externalLinkCue.text },
    contentProperties: { className: [externalLinkCue.textClass] },
  };
}

/**
 * The remark and rehype plugins of every article (`.md` and `.mdx`), for `unified()` in
 * astro.config.mjs and for the tests, so both run the same pipeline.
 */
export function markdownPlugins(siteUrl: string): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
  smartypants: false;
} {
  return {
    // Astro's default smart punctuation parses every text node into words and sentences (retext) to curl
    // ASCII quotes and dashes: about a quarter of an article's compile time. Chinese prose is typed with
    // full-width punctuation (the content check asks for it): turning it off changed no built page.
    smartypants: false,
    // Structured data reads the steps and questions before callouts turn directives into markup, and after
    // Chinese lines are joined, so JSON-LD has no stray space either.
    remarkPlugins: [remarkCjkFriendly, remarkDirective, remarkJoinCjkLines, remarkStructuredData, remarkCallouts],
    rehypePlugins: [[rehypeExternalLinks, externalLinks(siteUrl)], rehypeKeepTogether],
  };
}
