import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { providerSchema, type ProviderData } from '../../src/lib/providers/schema.ts';
import { nextReadingOrder as nextOrderOf } from '../../src/lib/articles/reading-order.ts';

export const contentDir = new URL('../../content/', import.meta.url);

/** An article file in content/, read as the build would see it. */
export interface ContentArticle {
  /** The file name, e.g. `faq.mdx`. */
  file: string;
  /** The id and URL slug, e.g. `faq`. */
  id: string;
  text: string;
  frontmatter: Record<string, unknown>;
  /** False for drafts, which a production build leaves out. */
  published: boolean;
}

/** The reading order after the last one content/ uses: where a new article goes. */
export function nextReadingOrder(): number {
  return nextOrderOf(
    contentArticles().map(({ id, frontmatter }) => ({ id, data: { order: Number(frontmatter['order']) } })),
  );
}

/** Every Markdown/MDX article in content/. */
export function contentArticles(): ContentArticle[] {
  return readdirSync(contentDir)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const text = readFileSync(new URL(file, contentDir), 'utf8');
      const { frontmatter } = parseFrontmatter(text);
      return { file, id: file.replace(/\.mdx?$/, ''), text, frontmatter, published: frontmatter['draft'] !== true };
    });
}

/** A provider page in content/providers/, its frontmatter checked as the build checks it. */
export interface ContentProvider {
  id: string;
  data: ProviderData;
}

/** Every published provider page in content/providers/. */
export function contentProviders(): ContentProvider[] {
  const folder = new URL('providers/', contentDir);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .map((file) => ({
      id: file.replace(/\.md$/, ''),
      data: providerSchema.parse(parseFrontmatter(readFileSync(new URL(file, folder), 'utf8')).frontmatter),
    }))
    .filter(({ data }) => !data.draft);
}
