// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { markdownPlugins } from './src/markdown/index.ts';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // MDX inherits these: `:::tip` callouts, CJK-friendly bold, external-link marks.
    processor: unified(markdownPlugins(siteConfig.url)),
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
