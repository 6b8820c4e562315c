// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/site.config.ts';

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    processor: unified(),
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
