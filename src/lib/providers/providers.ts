import GithubSlugger from 'github-slugger';
import { parseIsoDate } from '../dates/calendar-date.ts';
import { providerKinds, reverifyAfterDays, unknownFact, type ProviderData } from './schema.ts';
import type { Heading } from '../articles/table-of-contents.ts';
import { providersPath } from '../../site.config.ts';

/** A provider as the pages use it: its slug (the file name) and its checked frontmatter. */
export interface Provider {
  id: string;
  data: ProviderData;
}

/** The URL path of a provider's page: `airalo` → `/providers/airalo/`. */
export function providerPath(id: string): string {
  return `${providersPath}${id}/`;
}

/**
 * Joins Chinese text around a name with the spacing rule of the style guide: one space between Chinese and a
 * Latin letter or digit, none next to Chinese or full-width punctuation: `Airalo 续费步骤`, `Trip.com（携程）续费步骤`.
 */
export function aroundName(before: string, name: string, after: string): string {
  const latin = /[A-Za-z0-9]/;
  const gap = (left: string, right: string) => (left && right && (latin.test(left) || latin.test(right)) ? ' ' : '');
  return `${before}${gap(before.at(-1) ?? '', name[0] ?? '')}${name}${gap(name.at(-1) ?? '', after[0] ?? '')}${after}`;
}

/** A provider page's title, its `<h1>`: the steps the reader came for, under the name they know. */
export function providerTitle(name: string): string {
  return aroundName('', name, '续费步骤');
}

/**
 * The `tel:` link that opens the dialer with an operator's USSD code, or null for anything else. A code is
 * written as the operator writes it, ending in `YES` (the call key, not typed); `#` must be `%23` in a URL.
 * A code with a placeholder (`*777#11#code#YES`) is not dialable as written.
 */
export function dialHref(code: string): string | null {
  const digits = code.replace(/YES$/, '');
  if (!/^\*[0-9*#]*#$/.test(digits)) return null;
  return `tel:${digits.replaceAll('#', '%23')}`;
}

/**
 * The class of what a provider page adds to a fact's text for the reader, which the fact itself (and its JSON-LD)
 * does not hold: a code's dial button, a term's meaning at its first use.
 */
export const readerAidClass = 'reader-aid';

/** Whether any of these texts holds a dialable code in backticks. */
export function hasDialCode(texts: readonly string[]): boolean {
  return texts.some((text) => codeSpans(text).some((part) => part.isCode && dialHref(part.text) !== null));
}

/** Whether a fact is the editor's `没找到官方说明`: no source the team found gives it. */
export function isUnknown(value: string | readonly string[]): boolean {
  return value === unknownFact;
}

/** Travel sellers first, then the local operators, then the platforms; by name within a kind. */
export function sortProviders<T extends Provider>(providers: readonly T[]): T[] {
  const rank = (provider: Provider) => providerKinds.indexOf(provider.data.kind);
  return [...providers].sort((a, b) => rank(a) - rank(b) || a.data.name.localeCompare(b.data.name, 'en'));
}

/** The providers of each kind, in the order of `providerKinds`; a kind without providers is left out. */
export function providersByKind<T extends Provider>(
  providers: readonly T[],
): { kind: ProviderData['kind']; providers: T[] }[] {
  return providerKinds
    .map((kind) => ({ kind, providers: sortProviders(providers.filter((provider) => provider.data.kind === kind)) }))
    .filter((group) => group.providers.length > 0);
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
function daysBetween(from: string, to: string): number {
  return parseIsoDate(to)!.diff(parseIsoDate(from)!, 'day');
}

/** A provider whose facts were last checked too long ago, and how many days ago that was. */
export interface StaleProvider {
  id: string;
  verified: string;
  daysAgo: number;
}

/**
 * The providers verified more than `reverifyAfterDays` days before `today` (`YYYY-MM-DD`), oldest first.
 * `today` is a parameter so that the check is the same on every machine and in every test.
 */
export function staleProviders(providers: readonly { id: string; verified: string }[], today: string): StaleProvider[] {
  return providers
    .map(({ id, verified }) => ({ id, verified, daysAgo: daysBetween(verified, today) }))
    .filter((provider) => provider.daysAgo > reverifyAfterDays)
    .sort((a, b) => b.daysAgo - a.daysAgo || a.id.localeCompare(b.id));
}

/** The rule facts of a provider page, each with the question a reader asks support when no source gives it. */
export const ruleQuestions = {
  renewable: '这张 eSIM 能不能在同一张上续费（充值）？在 App 的哪里续？',
  joining: '新买的套餐是和旧套餐叠加、排在后面，还是马上替换？',
  validityStarts: '新套餐的有效期从什么时候开始算？',
  expiryClock: '按哪个时区、几点到期？',
  afterExpiry: '过期以后还能不能充值？能补救多久？',
  leftover: '到期时没用完的流量会怎样：作废，还是能转到下一个套餐？',
  checkUsage: '在哪里查剩余流量和到期时间？',
  payment: '能用哪些付款方式（支付宝、微信支付、银联卡能不能用）？',
} as const satisfies Partial<Record<keyof ProviderData, string>>;

/** The questions for the facts no source gives, in page order. */
export function questionsForSupport(data: Pick<ProviderData, keyof typeof ruleQuestions>): string[] {
  return (Object.keys(ruleQuestions) as (keyof typeof ruleQuestions)[])
    .filter((field) => isUnknown(data[field]))
    .map((field) => ruleQuestions[field]);
}

/**
 * Whether a page shows its steps and rules, or the short form: what is known, then the questions to ask
 * support. The short form is for a page with no known steps where no source gives most of the rules.
 */
export function hasPublicRules(data: Pick<ProviderData, 'steps' | keyof typeof ruleQuestions>): boolean {
  const rules = Object.keys(ruleQuestions).length;
  return data.steps.length > 0 || questionsForSupport(data).length * 2 <= rules;
}

/** The headings of provider pages, in page order; the editor's own Markdown goes before the sources. */
export const providerSections = {
  steps: '续费步骤',
  rules: '续费规则',
  check: '怎样查剩余流量和到期时间',
  /** Instead of the rules and the check, on a page without public rules (`hasPublicRules`). */
  questions: '要问客服的问题',
  support: '联系客服',
  sources: '来源',
} as const;

/** A provider page's outline: every heading with its id, and the ids of its steps in order. */
export interface ProviderOutline {
  headings: Heading[];
  stepIds: string[];
  /** The id of each section of `providerSections` the page has. */
  sectionIds: Partial<Record<keyof typeof providerSections, string>>;
}

/**
 * The headings of a provider page, with ids made the way Astro makes them for Markdown (github-slugger),
 * so the table of contents, the steps' HowTo links and the page agree. `bodyHeadings` are those `render()`
 * reports for the editor's Markdown. A page without public rules asks its questions instead of showing
 * the rules and the check.
 */
export function providerOutline(
  steps: readonly { title: string }[],
  bodyHeadings: readonly Heading[],
  publicRules = true,
): ProviderOutline {
  const slugger = new GithubSlugger();
  for (const heading of bodyHeadings) slugger.slug(heading.text);
  const sectionIds: ProviderOutline['sectionIds'] = {};
  const section = (key: keyof typeof providerSections): Heading => {
    const text = providerSections[key];
    sectionIds[key] = slugger.slug(text);
    return { depth: 2, text, slug: sectionIds[key] };
  };
  const stepHeadings = steps.map(({ title }): Heading => ({ depth: 3, text: title, slug: slugger.slug(title) }));
  const middle = publicRules ? [section('rules'), section('check')] : [section('questions')];
  return {
    headings: [section('steps'), ...stepHeadings, ...middle, section('support'), ...bodyHeadings, section('sources')],
    stepIds: stepHeadings.map((heading) => heading.slug),
    sectionIds,
  };
}

/** Splits a frontmatter text at its backticks: `拨 `*100#YES` 查询` → text, code, text. */
export function codeSpans(text: string): { text: string; isCode: boolean }[] {
  return text
    .split(/`([^`]+)`/)
    .map((part, index) => ({ text: part, isCode: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
