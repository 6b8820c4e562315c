import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { slugOfFile } from '../articles/slug.ts';
import { providerSchema } from '../providers/schema.ts';
import { checkFrontmatter, type FrontmatterCheck } from './frontmatter.ts';
import { jsxAttribute, startOf, type Place } from './markdown.ts';

/** Where provider pages live in content/; the Markdown files at the top of content/ are articles. */
export const providerFolder = 'content/providers/';

/** A provider page is a `.md` file in a folder named `providers` (content/providers/, or a test's fixtures). */
export const isProviderFile = (file: string) => /(^|\/)providers\/[^/]+\.md$/.test(file);

/** An article file: its path from the project root (`content/faq.mdx`) and its text. */
export interface ArticleFile {
  file: string;
  text: string;
}

/** A piece of text of the article at the place it starts. */
export interface PlacedText {
  text: string;
  place: Place;
}

/** An address in the article: a link's or an image's. */
export interface Address {
  url: string;
  place: Place;
}

export interface Image extends Address {
  /** The description in `![…]`: undefined or empty when it is missing. */
  alt: string | null | undefined;
}

/**
 * What the rules that look beyond one article's text (./rule.ts: ContextRule, SiteRule) read of it: kept
 * with its cached findings, so they run every time without reading an unchanged article again.
 */
export interface ArticleFacts extends ArticleFile {
  slug: string;
  isProvider: boolean;
  frontmatter: Pick<FrontmatterCheck<unknown>, 'data' | 'draft' | 'order' | 'fieldLines' | 'texts'>;
  /** Every id a link can point at (`#…`). */
  anchors: Set<string>;
  links: Address[];
  images: Image[];
}

/** One article or provider page as the rules of its own text read it. */
export interface ParsedArticle extends ArticleFacts {
  frontmatter: FrontmatterCheck<unknown>;
  /** The frontmatter values readers see as prose: an article's title and summary, a provider page's every text but addresses. */
  proseFields: PlacedText[];
  /** The plain text an editor wrote, where an account, a phone number or an address could hide: the prose fields and the body's text. */
  plainTexts: PlacedText[];
  /** The body's syntax tree, or null when MDX cannot read it (see `syntaxError`). */
  tree: Root | null;
  syntaxError: { line: number; reason: string } | null;
}

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkCjkFriendly).freeze();
const mdxParser = markdownParser().use(remarkMdx).freeze();
const parserFor = (file: string) => (file.endsWith('.mdx') ? mdxParser : markdownParser);

/** Every id a link can point at: the headings' (as Astro makes them: github-slugger over their text), and `id=""` in HTML. */
function anchorsOf(tree: Root): Set<string> {
  const anchors = new Set<string>();
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node, { includeImageAlt: false })));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const id = jsxAttribute(node, 'id');
      if (id) anchors.add(id);
    }
    if (node.type === 'html')
      for (const match of node.value.matchAll(/\sid\s*=\s*["']([^"']+)["']/gi)) anchors.add(match[1]!);
  });
  return anchors;
}

/** The anchors (`#…`) an article offers, as the content check computes them. */
export function articleAnchors(article: ArticleFile): string[] {
  return [...anchorsOf(parserFor(article.file).parse(checkFrontmatter(article.text).body))];
}

/** The links and images of a tree; a definition (`[name]: url`) is an image's address when an image reference uses it. */
function addressesOf(tree: Root): { links: Address[]; images: Image[] } {
  const imageAltByDefinition = new Map<string, string | null | undefined>();
  visit(tree, 'imageReference', (node) => {
    imageAltByDefinition.set(node.identifier, node.alt);
  });
  const links: Address[] = [];
  const images: Image[] = [];
  visit(tree, (node) => {
    if (node.type === 'link') links.push({ url: node.url, place: startOf(node) });
    if (node.type === 'image') images.push({ url: node.url, alt: node.alt, place: startOf(node) });
    if (node.type !== 'definition') return;
    if (imageAltByDefinition.has(node.identifier))
      images.push({ url: node.url, alt: imageAltByDefinition.get(node.identifier), place: startOf(node) });
    else links.push({ url: node.url, place: startOf(node) });
  });
  return { links, images };
}

/** Reads one article: its frontmatter, checked against the schema of its kind, and its body's syntax tree. */
export function parseArticle({ file, text }: ArticleFile): ParsedArticle {
  const isProvider = isProviderFile(file);
  const frontmatter: FrontmatterCheck<unknown> = isProvider
    ? checkFrontmatter(text, providerSchema)
    : checkFrontmatter(text);
  // An article's title and summary are prose; on a provider page every text field is, but addresses.
  const isProse = (field: string) => (isProvider ? field !== 'url' : field === 'title' || field === 'description');
  const proseFields = frontmatter.texts
    .filter(({ field }) => isProse(field))
    .map(({ text: value, line }) => ({ text: value, place: { line, column: 1 } }));
  const parsed = { file, text, slug: slugOfFile(file), isProvider, frontmatter, proseFields };
  try {
    const tree = parserFor(file).parse(frontmatter.body);
    return {
      ...parsed,
      plainTexts: [...proseFields, ...textsOf(tree)],
      tree,
      syntaxError: null,
      anchors: anchorsOf(tree),
      ...addressesOf(tree),
    };
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    const syntaxError = { line: line ?? 1, reason: reason ?? String(error) };
    return { ...parsed, plainTexts: proseFields, tree: null, syntaxError, anchors: new Set(), links: [], images: [] };
  }
}

/** The part of a parsed article the rules beyond its text read. */
export function factsOf({
  file,
  text,
  slug,
  isProvider,
  frontmatter,
  anchors,
  links,
  images,
}: ParsedArticle): ArticleFacts {
  const { data, draft, order, fieldLines, texts } = frontmatter;
  return {
    file,
    text,
    slug,
    isProvider,
    frontmatter: { data, draft, order, fieldLines, texts },
    anchors,
    links,
    images,
  };
}

/** The text nodes of a body, where they start. */
function textsOf(tree: Root): PlacedText[] {
  const texts: PlacedText[] = [];
  visit(tree, 'text', (node) => {
    texts.push({ text: node.value, place: startOf(node) });
  });
  return texts;
}
