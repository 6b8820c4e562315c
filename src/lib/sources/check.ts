import type { SourceRecord, SourcesLock } from './lock.ts';
import { readableText, textHash } from './readable-text.ts';

/** A page whose frontmatter cites sources: the site path readers open and the file editors change. */
export interface CitingPage {
  title: string;
  /** The page's path on the site, e.g. `/providers/nar/`. */
  path: string;
  /** The file, e.g. `content/providers/nar.md`. */
  file: string;
}

/** One source address and every page that cites it. */
export interface SourceUsage {
  url: string;
  pages: CitingPage[];
}

/** Every source address the pages cite, each once with the pages that rely on it, in address order. */
export function sourceUsages(pages: readonly (CitingPage & { sources: readonly { url: string }[] })[]): SourceUsage[] {
  const byUrl = new Map<string, CitingPage[]>();
  for (const { sources, ...page } of pages) {
    for (const { url } of sources) {
      const citing = byUrl.get(url) ?? [];
      if (!citing.some((known) => known.file === page.file)) citing.push(page);
      byUrl.set(url, citing);
    }
  }
  return [...byUrl].map(([url, citing]) => ({ url, pages: citing })).sort((a, b) => a.url.localeCompare(b.url));
}

/** The user agent of every request: ASCII (as HTTP requires), naming the site and where to read about the check. */
export const userAgentFor = (siteUrl: string, repositoryUrl: string) =>
  `${new URL(siteUrl).host}-sources-check/1.0 (+${repositoryUrl})`;

export interface RequestOptions {
  /** Names the site and its repository, so a webmaster knows who is asking. */
  userAgent: string;
  /** How long one request (headers and body) may take. */
  timeoutMs: number;
}

/** What one check saw: the status, final address and text hash, or why it saw nothing. */
export type Observation =
  | { reached: true; status: number; finalUrl: string; textHash: string | null }
  | { reached: false; reason: 'timeout' | 'network'; detail: string };

const isTextType = (type: string | null) => type === null || /^text\/|\/(xhtml\+)?xml|\/json/i.test(type);
const isGoneStatus = (status: number) => status === 404 || status === 410;

async function request(url: string, method: 'HEAD' | 'GET', { userAgent, timeoutMs }: RequestOptions) {
  return fetch(url, {
    method,
    redirect: 'follow',
    signal: AbortSignal.timeout(timeoutMs),
    headers: {
      'user-agent': userAgent,
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
      'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8',
    },
  });
}

function failure(error: unknown): Observation {
  const cause = error instanceof Error ? error : new Error(String(error));
  return cause.name === 'TimeoutError' || cause.name === 'AbortError'
    ? { reached: false, reason: 'timeout', detail: cause.message }
    : { reached: false, reason: 'network', detail: (cause.cause as Error | undefined)?.message ?? cause.message };
}

/**
 * Looks at one source politely: HEAD first, which tells the type without the body; then GET for the text
 * (also when HEAD said 404 or refused, since some servers answer HEAD wrongly), unless HEAD already timed
 * out or the address is a file that is not text (a PDF keeps HEAD's answer and no hash).
 */
export async function observeSource(url: string, options: RequestOptions): Promise<Observation> {
  let head: Response;
  try {
    head = await request(url, 'HEAD', options);
  } catch (error) {
    return failure(error);
  }
  if (head.ok && !isTextType(head.headers.get('content-type')))
    return { reached: true, status: head.status, finalUrl: head.url, textHash: null };
  try {
    const response = await request(url, 'GET', options);
    const text = await response.text();
    const hash = response.ok && isTextType(response.headers.get('content-type')) ? textHash(readableText(text)) : null;
    return { reached: true, status: response.status, finalUrl: response.url, textHash: hash };
  } catch (error) {
    return failure(error);
  }
}

/** What became of a source since the lock was written. */
export type Verdict = 'gone' | 'moved' | 'changed' | 'unreachable' | 'unchanged' | 'recorded';

export interface SourceResult extends SourceUsage {
  verdict: Verdict;
  observation: Observation;
  /** What the lock held before this run, if anything. */
  previous: SourceRecord | undefined;
}

/**
 * Compares what was seen with the lock: gone (404 or 410) whatever the lock says; moved when the redirects
 * end somewhere else than last time (or than the address itself, the first time); changed when the readable
 * text differs from last time; recorded when there was nothing to compare with.
 */
export function verdictOf(url: string, observation: Observation, previous: SourceRecord | undefined): Verdict {
  if (!observation.reached) return 'unreachable';
  if (isGoneStatus(observation.status)) return 'gone';
  if (!observation.status.toString().startsWith('2')) return 'unreachable';
  if (observation.finalUrl !== (previous?.finalUrl ?? url)) return 'moved';
  if (!previous?.textHash || !observation.textHash) return previous ? 'unchanged' : 'recorded';
  return observation.textHash === previous.textHash ? 'unchanged' : 'changed';
}

export interface CheckOptions extends RequestOptions {
  /** `YYYY-MM-DD`, written into the lock. */
  today: string;
  /** The wait between two requests: sources are checked one at a time. */
  pauseMs: number;
  /** Called after each source, for progress output. */
  onResult?: (result: SourceResult, index: number, total: number) => void;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks every source one after the other and returns each verdict with the new lock. A source that could
 * not be checked (timeout, network error, a status like 403 or 500) keeps its old record, so the next run
 * compares with what was last seen.
 */
export async function checkSources(
  usages: readonly SourceUsage[],
  lock: SourcesLock,
  options: CheckOptions,
): Promise<{ results: SourceResult[]; lock: SourcesLock }> {
  const results: SourceResult[] = [];
  const sources: SourcesLock['sources'] = {};
  for (const [index, usage] of usages.entries()) {
    if (index > 0) await pause(options.pauseMs);
    const previous = lock.sources[usage.url];
    const observation = await observeSource(usage.url, options);
    const result = { ...usage, verdict: verdictOf(usage.url, observation, previous), observation, previous };
    results.push(result);
    options.onResult?.(result, index, usages.length);
    if (observation.reached && result.verdict !== 'unreachable') {
      const { status, finalUrl, textHash } = observation;
      sources[usage.url] = { status, finalUrl, textHash, checked: options.today };
    } else if (previous) sources[usage.url] = previous;
  }
  // A run that reached nothing (no network) says nothing new about the sources.
  const checkedAny = results.some((result) => result.verdict !== 'unreachable');
  return { results, lock: { lastRun: checkedAny ? options.today : lock.lastRun, sources } };
}
