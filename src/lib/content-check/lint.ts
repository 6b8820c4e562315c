import { VFile } from 'vfile';
import { slugOfFile } from '../articles/slug.ts';
import { providerPath } from '../providers/providers.ts';
import {
  factsOf,
  isProviderFile,
  parseArticle,
  type ArticleFacts,
  type ArticleFile,
  type ParsedArticle,
} from './article.ts';
import type {
  ArticleRule,
  ContentRule,
  ContextRule,
  FileFor,
  LintInput,
  ProjectFiles,
  ProjectRule,
  SiteRule,
} from './rule.ts';
import { rules, severityNames, topics, type RuleId, type Severity, type Topic } from './rules.ts';
import { contentRules } from './rules/index.ts';

export { articleAnchors, isProviderFile, providerFolder, type ArticleFile } from './article.ts';
export type { LintInput, ProjectFiles } from './rule.ts';
export { imageFolder } from './rules/image.ts';

/** One mistake an editor has to fix (`error`) or should look at (`warning`), as its rule says. */
export interface Problem {
  file: string;
  line: number;
  rule: RuleId;
  severity: Severity;
  topic: Topic;
  message: string;
}

/** A problem found by `rule`, with the rule's topic and severity. */
export const problemOf = (file: string, line: number, rule: RuleId, message: string): Problem => ({
  file,
  line,
  rule,
  severity: rules[rule].severity,
  topic: rules[rule].topic,
  message,
});

const articleRules = contentRules.filter((rule): rule is ArticleRule => 'check' in rule);
const contextRules = contentRules.filter((rule): rule is ContextRule => 'checkInContext' in rule);
const siteRules = contentRules.filter((rule): rule is SiteRule => 'checkAll' in rule);
const projectRules = contentRules.filter((rule): rule is ProjectRule => 'checkProject' in rule);

/** The message files of one run, by path, in the order they were made. */
class MessageFiles {
  readonly #files = new Map<string, VFile>();

  add(path: string, text?: string): VFile {
    const file = new VFile(text === undefined ? { path } : { path, value: text });
    this.#files.set(path, file);
    return file;
  }

  readonly fileFor: FileFor = (path) => this.#files.get(path) ?? this.add(path);

  /**
   * Runs one rule and makes sure it reported only the ids it declares, so that the registry tells which
   * module reports what. A rule of one article is watched on that article's file, any other on every file.
   */
  run(rule: ContentRule, check: () => void, only?: VFile): void {
    const watched = () => (only ? [only] : [...this.#files.values()]);
    const reportedBefore = new Map(watched().map((file) => [file, file.messages.length]));
    check();
    for (const file of watched()) {
      const stray = file.messages
        .slice(reportedBefore.get(file) ?? 0)
        .find((message) => !(rule.ids as readonly unknown[]).includes(message.ruleId));
      if (stray)
        throw new Error(
          `A content rule declared ${rule.ids.join(', ')} but reported ${String(stray.ruleId)} on ${file.path}.`,
        );
    }
  }

  /** Every message as a problem, file by file, each file's messages in the order they were reported. */
  problems(): Problem[] {
    return [...this.#files].flatMap(([path, file]) =>
      file.messages.map((message) => problemOf(path, message.line ?? 1, ruleIdOf(message), message.reason)),
    );
  }
}

function ruleIdOf(message: VFile['messages'][number]): RuleId {
  const id = message.ruleId;
  if (id === undefined || !Object.hasOwn(rules, id))
    throw new Error(`A content rule reported an id that rules.ts does not know: ${String(id)}.`);
  return id as RuleId;
}

/** What the rules of one article's own text found, and what the rules beyond it read of the article. */
export interface ArticleResult {
  problems: Problem[];
  facts: ArticleFacts;
}

/** Where a run finds the results of articles read before (./cache.ts), and leaves the ones it reads. */
export interface ArticleResultStore {
  get: (article: ArticleFile) => ArticleResult | undefined;
  set: (article: ArticleFile, result: ArticleResult) => void;
}

/** Runs the rules that read only this article: everything that depends on its text alone. */
function readArticle(parsed: ParsedArticle): ArticleResult {
  const files = new MessageFiles();
  const file = files.add(parsed.file, parsed.text);
  for (const rule of articleRules) files.run(rule, () => rule.check(parsed, file), file);
  return { problems: files.problems(), facts: factsOf(parsed) };
}

/** The result of each article: remembered by `store`, or read now (and left in `store`). */
function resultsOf(articles: readonly ArticleFile[], store: ArticleResultStore | undefined): ArticleResult[] {
  const remembered = articles.map((article) => store?.get(article));
  // Every article is parsed before any rule runs: parsing between zhlint's runs (it parses with micromark
  // too, with other extensions) cost 15 % more CPU at 1,000 articles.
  const parsed = articles.map((article, index) => (remembered[index] ? null : parseArticle(article)));
  return articles.map((article, index) => {
    if (remembered[index]) return remembered[index];
    const result = readArticle(parsed[index]!);
    store?.set(article, result);
    return result;
  });
}

/** The rules that read the run (today, routes, files, the base branch) or compare articles: every time, from the facts. */
function lintAround(articles: readonly ArticleFacts[], input: LintInput): Problem[] {
  const files = new MessageFiles();
  for (const article of articles) {
    const file = files.add(article.file, article.text);
    for (const rule of contextRules) files.run(rule, () => rule.checkInContext(article, file, input), file);
  }
  for (const rule of siteRules) files.run(rule, () => rule.checkAll(articles, files.fileFor, input));
  return files.problems();
}

/** Each rule id's place in the registry: problems on the same line are listed in the order the rules run. */
const ruleOrder = new Map(contentRules.flatMap((rule, index) => rule.ids.map((id) => [id, index] as const)));
const byPlace = (a: Problem, b: Problem) =>
  a.file.localeCompare(b.file) || a.line - b.line || ruleOrder.get(a.rule)! - ruleOrder.get(b.rule)!;

/**
 * Checks every article against the house rules; the result is sorted by file and line. With a `store`, an
 * article whose text it remembers is not read again: only the rules beyond its text run on it.
 */
export function lintArticles(lintInput: LintInput, store?: ArticleResultStore): Problem[] {
  const providerRoutes = lintInput.articles
    .filter(({ file }) => isProviderFile(file))
    .map(({ file }) => providerPath(slugOfFile(file)));
  // A provider page is a route like any other page: links to it are checked against its path.
  const input = { ...lintInput, routes: [...lintInput.routes, ...providerRoutes] };
  const results = resultsOf(input.articles, store);
  const around = lintAround(
    results.map(({ facts }) => facts),
    input,
  );
  return [...results.flatMap(({ problems }) => problems), ...around].sort(byPlace);
}

/** Checks the files around the articles: what does not belong in content/, and content-allowlist.json. */
export function lintProjectFiles(project: ProjectFiles): Problem[] {
  const files = new MessageFiles();
  for (const rule of projectRules) files.run(rule, () => rule.checkProject(project, files.fileFor));
  return files.problems();
}

/** The provider pages a lint run found verified too long ago, for the editor's summary. */
export function needsReverification(problems: readonly Problem[]): string[] {
  return problems.filter((problem) => problem.topic === 'reverify').map((problem) => problem.file);
}

/** One problem as the editor reads it: `content/faq.mdx:12  错误 [链接] …`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}  ${severityNames[problem.severity]} [${topics[problem.topic]}] ${problem.message}`;
}
