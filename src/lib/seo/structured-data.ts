/**
 * Builders for the schema.org JSON-LD blocks in each page's head. They only reshape data that comes
 * from the content (frontmatter, breadcrumbs, the steps and questions the remark plugin collects).
 */
import type { Crumb } from './breadcrumbs.ts';
import type { Heading } from '../articles/table-of-contents.ts';

/** One JSON-LD block. */
export type JsonLd = { '@context': 'https://schema.org'; '@type': string } & Record<string, unknown>;

/** What the remark plugin (src/markdown/remark-structured-data.ts) collects into `remarkPluginFrontmatter`. */
export interface StructuredDataFrontmatter {
  howToSteps: HowToStep[];
  faqQuestions: FaqQuestion[];
}

/** A step of a `<Steps>` list: its heading and the first paragraph (block) under it. */
export interface HowToStep {
  name: string;
  text: string;
}

/** A question of an FAQ article and its answer as plain text. */
export interface FaqQuestion {
  question: string;
  answer: string;
}

/** A place in the breadcrumb trail, with an absolute URL. */
export interface TrailItem {
  name: string;
  url: string;
}

/** Who writes and publishes the guide. */
export interface Publisher {
  name: string;
  url: string;
}

/** The facts about an article page that every article block shares. */
export interface ArticlePage {
  url: string;
  title: string;
  description: string;
  /** `YYYY-MM-DD`. */
  datePublished: string;
  /** `YYYY-MM-DD`. */
  dateModified: string;
  inLanguage: string;
  image: string;
  publisher: Publisher;
}

const CONTEXT = 'https://schema.org';

/** `BreadcrumbList` for a trail that starts at the home page and ends at the current page. */
export function breadcrumbList(trail: readonly TrailItem[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

function organization(publisher: Publisher): Record<string, unknown> {
  return { '@type': 'Organization', name: publisher.name, url: publisher.url };
}

/** `Article` for a guide page: headline, summary, dates and language. */
export function articleData(page: ArticlePage): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: page.title,
    description: page.description,
    datePublished: page.datePublished,
    dateModified: page.dateModified,
    inLanguage: page.inLanguage,
    image: [page.image],
    mainEntityOfPage: { '@type': 'WebPage', '@id': page.url },
    author: organization(page.publisher),
    publisher: organization(page.publisher),
  };
}

/**
 * `HowTo` from the article's steps; a step links to its heading when one has the step's name. The
 * link is an IRI with the anchor as text, not percent-encoded, so that converting a page to
 * Traditional Chinese converts the anchor just as it converts the heading's id.
 */
export function howToData(page: ArticlePage, steps: readonly HowToStep[], headings: readonly Heading[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'HowTo',
    name: page.title,
    description: page.description,
    inLanguage: page.inLanguage,
    image: page.image,
    step: steps.map((step, index) => {
      const heading = headings.find((candidate) => candidate.text === step.name);
      return {
        '@type': 'HowToStep',
        position: index + 1,
        name: step.name,
        text: step.text || step.name,
        ...(heading && { url: `${page.url}#${heading.slug}` }),
      };
    }),
  };
}

/** `FAQPage` from the article's questions and answers. */
export function faqPageData(page: ArticlePage, questions: readonly FaqQuestion[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'FAQPage',
    url: page.url,
    inLanguage: page.inLanguage,
    mainEntity: questions.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}

/** Every block an article page carries: always `Article`, plus `HowTo` and `FAQPage` when the content has them. */
export function articlePageData(
  page: ArticlePage,
  { howToSteps = [], faqQuestions = [] }: Partial<StructuredDataFrontmatter>,
  headings: readonly Heading[],
): JsonLd[] {
  return [
    articleData(page),
    ...(howToSteps.length > 0 ? [howToData(page, howToSteps, headings)] : []),
    ...(faqQuestions.length > 0 ? [faqPageData(page, faqQuestions)] : []),
  ];
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the script. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

/** The breadcrumb trail with absolute URLs; a crumb without a link stands for the current page. */
export function trailFromCrumbs(crumbs: readonly Crumb[], pageUrl: string): TrailItem[] {
  return crumbs.map((crumb) => ({ name: crumb.label, url: new URL(crumb.href ?? pageUrl, pageUrl).href }));
}
