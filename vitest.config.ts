/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so component tests can import `.astro` files and the Container API works.
export default getViteConfig({
  test: {
    environment: 'node',
    projects: [
      // Pure logic: run once per time zone by tools/test-all.mjs.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      // Reads the built site in dist/: run after `npm run build`.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
    ],
  },
});
