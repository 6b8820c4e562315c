import { defineCollection } from 'astro:content';
import { contentGlob } from './integrations/content-check.ts';
import { articleSchema } from './lib/articles/schema.ts';
import { providerSchema } from './lib/providers/schema.ts';

export { articleSchema, providerSchema };

export const collections = {
  // Articles are the files at the top of content/; content/providers/ holds the provider pages.
  articles: defineCollection({
    loader: contentGlob({ pattern: '*.{md,mdx}', base: './content' }),
    schema: articleSchema,
  }),
  providers: defineCollection({
    loader: contentGlob({ pattern: '*.md', base: './content/providers' }),
    schema: providerSchema,
  }),
};
