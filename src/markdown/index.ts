import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkDirective from 'remark-directive';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { remarkCallouts } from './remark-callouts.ts';

/**
 * The remark and rehype plugins of every article (`.md` and `.mdx`), for `unified()` in
 * astro.config.mjs and for the tests, so both run the same pipeline.
 */
export function markdownPlugins(siteUrl: string): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    remarkPlugins: [remarkCjkFriendly, remarkDirective, remarkCallouts],
    rehypePlugins: [[rehypeExternalLinks, { siteUrl }]],
  };
}
