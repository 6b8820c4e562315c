/** What `npm run sources:check` last saw at one source address. */
export interface SourceRecord {
  /** The HTTP status after redirects. */
  status: number;
  /** Where the redirects ended. */
  finalUrl: string;
  /** The hash of the page's readable text (./readable-text.ts), or null for a page that is not text. */
  textHash: string | null;
  /** `YYYY-MM-DD`: the day this was seen. */
  checked: string;
}

/** The committed lock file: the state of every source when someone last checked them and committed the result. */
export interface SourcesLock {
  /** `YYYY-MM-DD` of the last check, or null: no check has run yet. */
  lastRun: string | null;
  sources: Record<string, SourceRecord>;
}

/** The lock file's name, at the top of the project (not in content/, which holds pages only). */
export const lockFileName = 'sources.lock.json';

export const emptyLock = (): SourcesLock => ({ lastRun: null, sources: {} });

/** Reads a lock file's text; a missing file is an empty lock. */
export function parseLock(text: string | null): SourcesLock {
  if (text === null) return emptyLock();
  const parsed = JSON.parse(text) as Partial<SourcesLock>;
  return { lastRun: parsed.lastRun ?? null, sources: parsed.sources ?? {} };
}

/** The lock as committed: addresses in order, two-space JSON, a final newline, so each run's diff shows only what changed. */
export function serializeLock(lock: SourcesLock): string {
  const sources = Object.fromEntries(Object.entries(lock.sources).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ lastRun: lock.lastRun, sources }, null, 2)}\n`;
}
