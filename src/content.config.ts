import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/articles/schema.ts';
import { providerSchema } from './lib/providers/schema.ts';

export { articleSchema, providerSchema };

export const collections = {
  // Articles are the files at the top of content/; content/providers/ holds the provider pages.
  articles: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: './content' }),
    schema: articleSchema,
  }),
  providers: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/providers' }),
    schema: providerSchema,
  }),
};
