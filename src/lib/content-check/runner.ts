import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { siteRoutes } from '../articles/routes.ts';
import { filesUnder } from '../files/files-under.ts';
import type { ArticleFile } from './article.ts';
import { ArticleResultCache, rulesFingerprint } from './cache.ts';
import { isProviderFile, lintArticles, lintProjectFiles, type Problem } from './lint.ts';
import { parseAllowlist } from './link-policy.ts';

export interface ContentCheck {
  problems: Problem[];
  articles: number;
  providers: number;
  /** How many of the articles and provider pages were unchanged since a run the cache remembers. */
  unchanged: number;
}

export interface ContentCheckOptions {
  /** `YYYY-MM-DD`, the day dates are compared with. */
  today: string;
  /** A file's text on the base branch of a pull request (see LintInput). */
  previousText?: (file: string) => string | null;
  /** The file each article's result is remembered in between runs (cacheFileIn), or null to read every article. */
  cacheFile: string | null;
}

/**
 * Where a run remembers its results in the folder `cacheDir` (Astro's, node_modules/.astro by default),
 * so `astro build` and `npm run lint:content` share them; null when `CONTENT_CHECK_CACHE=off` asks for
 * every article to be read.
 */
export const cacheFileIn = (cacheDir: string, env: NodeJS.ProcessEnv = process.env): string | null =>
  env['CONTENT_CHECK_CACHE'] === 'off' ? null : join(cacheDir, 'content-check.json');

/** The site's own articles, which must list their sources (the checker's fixtures need not). */
const siteContentFolder = 'content';

/** An article at the top of the folder, or a provider page in its providers/ folder. */
const isContentFile = (name: string) =>
  /^[^/]+\.mdx?$/.test(name) || (name.startsWith('providers/') && isProviderFile(name));

/** The path of `path` from the project root, with forward slashes, as problems name files. */
const fromRoot = (root: string, path: string) => relative(root, path).split(sep).join('/');

function readAllowlist(root: string): ArticleFile {
  const path = join(root, 'content-allowlist.json');
  return { file: fromRoot(root, path), text: readFileSync(path, 'utf8') };
}

/** What the project says around the articles: every route of the site and which files exist. */
function siteAround(root: string) {
  return {
    routes: siteRoutes(filesUnder(join(root, 'src/pages')), filesUnder(join(root, 'public'))),
    fileExists: (path: string) => existsSync(join(root, path)),
  };
}

/**
 * Checks every article and provider page in `folder` (and content-allowlist.json) of the project at
 * `root`: what `npm run lint:content` prints, `astro build` refuses and `astro dev` shows.
 */
export function checkContentFolder(
  root: string,
  folder: string,
  { today, previousText, cacheFile }: ContentCheckOptions,
): ContentCheck {
  const files = filesUnder(folder);
  const allowlist = readAllowlist(root);
  const contentFiles = files.filter(isContentFile);
  const articles = contentFiles.map((name) => ({
    file: fromRoot(root, join(folder, name)),
    text: readFileSync(join(folder, name), 'utf8'),
  }));
  const around = siteAround(root);
  const cache = cacheFile === null ? undefined : ArticleResultCache.open(cacheFile, rulesFingerprint(root));
  const problems = [
    ...lintProjectFiles({
      strayFiles: files.filter((name) => !isContentFile(name)).map((name) => fromRoot(root, join(folder, name))),
      allowlist,
    }),
    ...lintArticles(
      {
        articles,
        today,
        ...around,
        allowlist: parseAllowlist(allowlist.text).hosts,
        sourcesRequired: fromRoot(root, folder) === siteContentFolder,
        ...(previousText ? { previousText } : {}),
      },
      cache,
    ),
  ];
  cache?.save(around.fileExists);
  const providers = contentFiles.filter((name) => name.startsWith('providers/')).length;
  return { problems, articles: contentFiles.length - providers, providers, unchanged: cache?.hits ?? 0 };
}

/** `7 篇文章、13 个商家页面`. */
export const countedContent = ({ articles, providers }: ContentCheck) => `${articles} 篇文章、${providers} 个商家页面`;
