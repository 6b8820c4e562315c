import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { filesUnder } from '../files/files-under.ts';
import type { ArticleFacts, ArticleFile } from './article.ts';
import type { ArticleResult, ArticleResultStore, Problem } from './lint.ts';

/** An article's facts as JSON keeps them: the text is left out (the run reads it anyway), maps and sets as lists. */
type StoredFacts = Omit<ArticleFacts, 'text' | 'anchors' | 'frontmatter'> & {
  anchors: string[];
  frontmatter: Omit<ArticleFacts['frontmatter'], 'fieldLines'> & { fieldLines: [string, number][] };
};

interface StoredResult {
  /** The hash of the text the result was found in. */
  text: string;
  problems: Problem[];
  facts: StoredFacts;
}

interface StoredCache {
  rules: string;
  articles: Record<string, StoredResult>;
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * What the rules are: the code under src/lib (the rules, and the article, provider and date code they
 * import), the installed packages (zhlint, remark, yaml …) and Node. When any of it changes, every
 * remembered result is forgotten.
 */
export function rulesFingerprint(root: string): string {
  const hash = createHash('sha256').update(process.version);
  const lib = join(root, 'src/lib');
  for (const file of filesUnder(lib).sort()) hash.update(`\0${file}\0`).update(readFileSync(join(lib, file)));
  const installed = [join(root, 'node_modules/.package-lock.json'), join(root, 'package-lock.json')].find((file) =>
    existsSync(file),
  );
  if (installed) hash.update('\0').update(readFileSync(installed));
  return hash.digest('base64url');
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStoredResult = (value: unknown): value is StoredResult =>
  isObject(value) &&
  typeof value['text'] === 'string' &&
  Array.isArray(value['problems']) &&
  isObject(value['facts']) &&
  isObject(value['facts']['frontmatter']);

/** The results kept in `path` for these rules; none when the file is missing, unreadable or was written for other rules. */
function readStored(path: string, rules: string): Map<string, StoredResult> {
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return new Map();
  }
  if (!isObject(stored) || stored['rules'] !== rules || !isObject(stored['articles'])) return new Map();
  return new Map(
    Object.entries(stored['articles']).filter((entry): entry is [string, StoredResult] => isStoredResult(entry[1])),
  );
}

const stored = ({ text: _text, anchors, frontmatter, ...facts }: ArticleFacts): StoredFacts => ({
  ...facts,
  anchors: [...anchors],
  frontmatter: { ...frontmatter, fieldLines: [...frontmatter.fieldLines] },
});

const restored = ({ anchors, frontmatter, ...facts }: StoredFacts, text: string): ArticleFacts => ({
  ...facts,
  text,
  anchors: new Set(anchors),
  frontmatter: { ...frontmatter, fieldLines: new Map(frontmatter.fieldLines) },
});

/**
 * Each article's result by the hash of its text, for one version of the rules, in a JSON file. A file
 * that cannot be read is ignored (the run reads every article again and writes a new one); saving keeps
 * only the articles that still exist.
 */
export class ArticleResultCache implements ArticleResultStore {
  readonly #path: string;
  readonly #rules: string;
  readonly #results: Map<string, StoredResult>;
  #changed = false;
  /** How many articles were found unchanged, and how many had to be read. */
  hits = 0;
  misses = 0;

  private constructor(path: string, rules: string) {
    this.#path = path;
    this.#rules = rules;
    this.#results = readStored(path, rules);
  }

  /** The cache in `path` for the rules of `rules` (rulesFingerprint). */
  static open(path: string, rules: string): ArticleResultCache {
    return new ArticleResultCache(path, rules);
  }

  readonly get = (article: ArticleFile): ArticleResult | undefined => {
    const result = this.#results.get(article.file);
    if (result?.text !== digest(article.text)) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    return { problems: result.problems, facts: restored(result.facts, article.text) };
  };

  readonly set = (article: ArticleFile, { problems, facts }: ArticleResult): void => {
    this.#results.set(article.file, { text: digest(article.text), problems, facts: stored(facts) });
    this.#changed = true;
  };

  /** Writes the results down, without the articles `exists` no longer finds. */
  save(exists: (file: string) => boolean): void {
    for (const file of this.#results.keys()) {
      if (exists(file)) continue;
      this.#results.delete(file);
      this.#changed = true;
    }
    if (!this.#changed) return;
    const cache: StoredCache = { rules: this.#rules, articles: Object.fromEntries(this.#results) };
    // Written aside and renamed: a check running at the same time (a test, the dev server) never reads half a file.
    const written = `${this.#path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.#path), { recursive: true });
      writeFileSync(written, JSON.stringify(cache));
      renameSync(written, this.#path);
      this.#changed = false;
    } catch {
      // A cache that cannot be written (a read-only checkout) only costs the next run its time.
    }
  }
}
