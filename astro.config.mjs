// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import contentSecurityPolicy from './src/integrations/content-security-policy.ts';
import hostRules from './src/integrations/host-rules.ts';
import searchIndex from './src/integrations/search-index.ts';
import { serviceWorker } from './src/offline/integration.ts';
import { alternatesOf, isUnlistedPath } from './src/lib/editions/editions.ts';
import { markdownPlugins } from './src/markdown/index.ts';
import { siteConfig } from './src/site.config.ts';

/**
 * The browser gets dayjs's ES module build instead of its UMD bundle, so no CommonJS wrapper counts
 * against the reminder's 6,000 bytes of JavaScript. Only in the browser: Node cannot load that build's
 * extensionless imports.
 * @type {import('vite').Plugin}
 */
const dayjsModuleBuildInBrowser = {
  name: 'dayjs-module-build-in-browser',
  enforce: 'pre',
  applyToEnvironment: (environment) => environment.name === 'client',
  resolveId(id, importer) {
    return id === 'dayjs' ? this.resolve('dayjs/esm/index.js', importer, { skipSelf: true }) : null;
  },
};

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: {
    // One request fewer before the first paint: the whole stylesheet is about 5 KB gzip.
    inlineStylesheets: 'always',
    // Pages render one after another on the main thread; with a few in flight, one renders while the
    // others are written to disk. 1,000 articles: page generation about a third faster (BENCHMARKS.md).
    concurrency: 4,
  },
  integrations: [
    // Marks the build unfinished until it is done (npm run preview refuses an older dist/), writes dist/_headers.
    hostRules(),
    // Then: a build with a content error stops before any page is made.
    contentCheck(),
    mdx(),
    sitemap({
      filter: (page) => !isUnlistedPath(new URL(page).pathname),
      // The same alternates as each page's head (both editions and x-default), from one function.
      serialize: (item) => ({
        ...item,
        links: alternatesOf(new URL(item.url).pathname).map(({ hreflang, href }) => ({ lang: hreflang, url: href })),
      }),
    }),
    // Writes each page's CSP meta tag into dist/; the two after it read the finished pages. The service
    // worker's step comes last: it writes each page's revision into it, so no later step may change a page.
    contentSecurityPolicy(),
    searchIndex(),
    serviceWorker(),
  ],
  markdown: {
    // MDX inherits these: structured data, `:::tip` callouts, CJK-friendly bold, external-link marks.
    processor: unified(markdownPlugins(siteConfig.url)),
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss(), dayjsModuleBuildInBrowser],
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's content-assets plugin starts the module it makes for every MDX article with the
          // directive "use astro:head-inject"; nothing reads it (Astro marks head propagation with
          // `__astroPropagation` in the same module), so rolldown dropping it changes nothing. Its warning,
          // one per article in English, would only teach editors to skim past warnings.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
