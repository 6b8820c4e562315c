import { slugOfFile } from '../articles/slug.ts';
import { isProviderFile, type ArticleFile } from '../content-check/article.ts';
import { checkFrontmatter } from '../content-check/frontmatter.ts';
import { providerPath, providerTitle } from '../providers/providers.ts';
import { providerSchema } from '../providers/schema.ts';
import type { CitingPage } from './check.ts';

/**
 * The pages among `files` (articles and provider pages, as the content check reads them) that are not
 * drafts, with the address of every source they cite. Read from the frontmatter's text, so a page with a
 * mistake elsewhere (the content check's business) still has its sources checked.
 */
export function citingPages(files: readonly ArticleFile[]): (CitingPage & { sources: { url: string }[] })[] {
  return files.flatMap(({ file, text }) => {
    const isProvider = isProviderFile(file);
    const { draft, texts, fieldLines } = isProvider ? checkFrontmatter(text, providerSchema) : checkFrontmatter(text);
    if (draft) return [];
    const slug = slugOfFile(file);
    const topLevel = (field: string) =>
      texts.find((entry) => entry.field === field && entry.line === fieldLines.get(field))?.text;
    const sources = texts.filter((entry) => entry.field === 'url').map((entry) => ({ url: entry.text }));
    return isProvider
      ? [{ title: providerTitle(topLevel('name') ?? slug), path: providerPath(slug), file, sources }]
      : [{ title: topLevel('title') ?? slug, path: `/${slug}/`, file, sources }];
  });
}
