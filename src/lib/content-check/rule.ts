import type { VFile } from 'vfile';
import type { ArticleFacts, ArticleFile, ParsedArticle } from './article.ts';
import type { AllowedHost } from './link-policy.ts';
import type { Place } from './markdown.ts';
import type { RuleId } from './rules.ts';

export interface LintInput {
  /** Articles and provider pages (those under `content/providers/`). */
  articles: readonly ArticleFile[];
  /** `YYYY-MM-DD`: provider pages verified more than `reverifyAfterDays` before it are listed for a new check. */
  today: string;
  /** Every URL path of the site that is not an article: `/`, `/rss.xml`, `/favicon.svg` … */
  routes: readonly string[];
  allowlist: readonly AllowedHost[];
  /** Whether a file exists, by its path from the project root (for images). */
  fileExists: (path: string) => boolean;
  /**
   * On a pull request: a file's text on the base branch (null when the file is new there), to notice an
   * article changed without a new `updated`. Left out elsewhere.
   */
  previousText?: (file: string) => string | null;
  /** Whether published articles must list sources: true for the site's own content folder, not for test fixtures. */
  sourcesRequired?: boolean;
}

/** The files around the articles: what is in content/ but is no article, and content-allowlist.json. */
export interface ProjectFiles {
  strayFiles: readonly string[];
  allowlist: ArticleFile;
}

/** The message file of a path, made on first use. */
export type FileFor = (path: string) => VFile;

/** The ids a rule module reports: each id of rules.ts belongs to exactly one module. */
interface RuleModule {
  ids: readonly RuleId[];
}

/**
 * A rule that reads one article and nothing else: its findings depend only on the file's path and text,
 * so they are remembered by the text's hash (./cache.ts) and an unchanged article is not read again.
 */
export interface ArticleRule extends RuleModule {
  check: (article: ParsedArticle, file: VFile) => void;
}

/** A rule that reads one article with the run around it (today, the routes, the allowlist, the files, the base branch): run every time. */
export interface ContextRule extends RuleModule {
  checkInContext: (article: ArticleFacts, file: VFile, input: LintInput) => void;
}

/** A rule that compares articles with each other (links between them, reading order): run every time. */
export interface SiteRule extends RuleModule {
  checkAll: (articles: readonly ArticleFacts[], fileFor: FileFor, input: LintInput) => void;
}

/** A rule about the files around the articles. */
export interface ProjectRule extends RuleModule {
  checkProject: (project: ProjectFiles, fileFor: FileFor) => void;
}

export type ContentRule = ArticleRule | ContextRule | SiteRule | ProjectRule;

/** Reports a problem the way every rule does; a bare line number stands for the start of that line. */
export function report(file: VFile, ruleId: RuleId, at: Place | number, reason: string): void {
  file.message(reason, {
    place: typeof at === 'number' ? { line: at, column: 1 } : at,
    ruleId,
    source: 'content-check',
  });
}
