import type { Html, Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** Where a problem is in the article file, 1-based. */
export interface Place {
  line: number;
  column: number;
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Where a node starts; a node made up by a plugin has no position and counts as the first line. */
export const startOf = (node: Nodes): Place => node.position?.start ?? { line: 1, column: 1 };

/** The value of a JSX attribute: undefined when it is missing, null when it is an expression (`{…}`). */
export function jsxAttribute(node: JsxElement, name: string): string | null | undefined {
  const attribute = node.attributes.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  if (!attribute) return undefined;
  return typeof attribute.value === 'string' ? attribute.value : null;
}

/** A tag an editor wrote: a JSX element in an MDX article (`<Steps>`, `<img>`), raw HTML in a Markdown one. */
export type Tag = JsxElement | Html;

/** Visits every tag of a body in document order; a body MDX could not read (null) has none. */
export function visitTags(tree: Root | null, onTag: (tag: Tag) => void): void {
  if (!tree) return;
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' || node.type === 'html') onTag(node);
  });
}

/** Percent-decoding that leaves a malformed `%` sequence as written instead of throwing. */
export function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
