import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkDirective from 'remark-directive';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { rehypeKeepTogether } from './rehype-keep-together.ts';
import { remarkCallouts } from './remark-callouts.ts';
import remarkStructuredData from './remark-structured-data.ts';

/**
 * The remark and rehype plugins of every article (`.md` and `.mdx`), for `unified()` in
 * astro.config.mjs and for the tests, so both run the same pipeline.
 */
export function markdownPlugins(siteUrl: string): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  return {
    // Structured data reads the steps and questions before callouts turn directives into markup.
    remarkPlugins: [remarkCjkFriendly, remarkDirective, remarkStructuredData, remarkCallouts],
    rehypePlugins: [[rehypeExternalLinks, { siteUrl }], rehypeKeepTogether],
  };
}
