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

/** A provider page's title, its `<h1>`: what the reader came to do. */
export function providerTitle(name: string): string {
  return `怎样给 ${name} 续费`;
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

/** The headings every provider page has, in page order; the editor's own Markdown goes before the sources. */
export const providerSections = {
  steps: '续费步骤',
  rules: '续费规则',
  check: '怎样查剩余流量和到期时间',
  support: '联系客服',
  sources: '来源',
} as const;

/** A provider page's outline: every heading with its id, and the ids of its steps in order. */
export interface ProviderOutline {
  headings: Heading[];
  stepIds: string[];
}

/**
 * The headings of a provider page, with ids made the way Astro makes them for Markdown (github-slugger),
 * so the table of contents, the steps' HowTo links and the page agree. `bodyHeadings` are those `render()`
 * reports for the editor's Markdown.
 */
export function providerOutline(
  steps: readonly { title: string }[],
  bodyHeadings: readonly Heading[],
): ProviderOutline {
  const slugger = new GithubSlugger();
  for (const heading of bodyHeadings) slugger.slug(heading.text);
  const section = (text: string): Heading => ({ depth: 2, text, slug: slugger.slug(text) });
  const stepHeadings = steps.map(({ title }): Heading => ({ depth: 3, text: title, slug: slugger.slug(title) }));
  return {
    headings: [
      section(providerSections.steps),
      ...stepHeadings,
      section(providerSections.rules),
      section(providerSections.check),
      section(providerSections.support),
      ...bodyHeadings,
      section(providerSections.sources),
    ],
    stepIds: stepHeadings.map((heading) => heading.slug),
  };
}

/** Splits a frontmatter text at its backticks: `拨 `*100#YES` 查询` → text, code, text. */
export function codeSpans(text: string): { text: string; isCode: boolean }[] {
  return text
    .split(/`([^`]+)`/)
    .map((part, index) => ({ text: part, isCode: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
