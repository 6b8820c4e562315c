/**
 * Collects what search engines get as structured data straight from an article's Markdown, so the
 * JSON-LD can never drift from the text readers see:
 * - `howToSteps`: the items of every `<Steps>` list (heading = step name, the first block under it = step
 *   text: a summary is all a HowToStep needs, and the whole step repeated would weigh on every reader's
 *   download, issue 14);
 * - `faqQuestions`: the `##` sections, when there are at least two and every one is a question (its
 *   heading ends with ？ or ?) followed by an answer.
 * Both land in the entry's `remarkPluginFrontmatter`, which `render()` returns.
 */
import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { FaqQuestion, HowToStep, StructuredDataFrontmatter } from '../lib/seo/structured-data.ts';
import { traditionalNoteDirective } from '../lib/editions/edition-notes.ts';
import { restoreDirectiveText } from './remark-callouts.ts';

const QUESTION_MARK = /[？?]$/;

/** Inline containers: their children run on as one line. Everything else is a block. */
const PHRASING_PARENTS = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);

/** The reader-visible text of a node; blocks are separated by a line break. */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  // remark-directive reads the “:59” of 23:59 as a directive; callouts restore it later, after this plugin.
  if (node.type === 'textDirective' || node.type === 'leafDirective')
    return restoreDirectiveText(node).map(plainText).join('');
  if (node.type === 'break') return '\n';
  // A Traditional-only note is not on the Simplified page, whose structured data both editions share.
  if (node.type === 'containerDirective' && node.name === traditionalNoteDirective) return '';
  if (!('children' in node)) return '';
  const separator = PHRASING_PARENTS.has(node.type) ? '' : '\n';
  return node.children
    .map((child) => plainText(child))
    .filter((text) => text !== '')
    .join(separator)
    .trim();
}

function stepFrom(item: ListItem): HowToStep | null {
  const [heading, ...body] = item.children;
  if (heading?.type !== 'heading') return null;
  return { name: plainText(heading), text: body.map(plainText).find(Boolean) ?? '' };
}

function collectSteps(tree: Root): HowToStep[] {
  const steps: HowToStep[] = [];
  visit(tree, 'mdxJsxFlowElement', (element) => {
    if (element.name !== 'Steps') return;
    const lists = element.children.filter((child): child is List => child.type === 'list' && child.ordered === true);
    for (const item of lists.flatMap((list) => list.children)) {
      const step = stepFrom(item);
      if (step) steps.push(step);
    }
  });
  return steps;
}

function collectQuestions(tree: Root): FaqQuestion[] {
  const sections: { question: string; answer: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) sections.push({ question: plainText(node), answer: [] });
    else sections.at(-1)?.answer.push(node);
  }
  const questions = sections.map(({ question, answer }) => ({
    question,
    answer: answer.map(plainText).filter(Boolean).join('\n'),
  }));
  const isFaq =
    questions.length >= 2 && questions.every(({ question, answer }) => QUESTION_MARK.test(question) && answer !== '');
  return isFaq ? questions : [];
}

/** Remark plugin: writes `howToSteps` and `faqQuestions` into the entry's frontmatter. */
export default function remarkStructuredData() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const astro = (file.data.astro ??= {});
    const collected: StructuredDataFrontmatter = {
      howToSteps: collectSteps(tree),
      faqQuestions: collectQuestions(tree),
    };
    astro.frontmatter = { ...astro.frontmatter, ...collected };
  };
}
