// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import searchIndex from './src/integrations/search-index.ts';
import remarkStructuredData from './src/markdown/remark-structured-data.ts';
import { siteConfig } from './src/site.config.ts';

/** @type {readonly string[]} */
const unlistedPaths = siteConfig.unlistedPaths;

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !unlistedPaths.includes(new URL(page).pathname) }),
    searchIndex(),
  ],
  markdown: {
    processor: unified({ remarkPlugins: [remarkStructuredData] }),
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
    resolve: {
      // dayjs's ES module build, not its UMD bundle: no CommonJS wrapper in the reminder's 5 KB of JavaScript.
      alias: [{ find: /^dayjs$/, replacement: 'dayjs/esm/index.js' }],
    },
  },
});
