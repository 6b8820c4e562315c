import { parseHTML } from 'linkedom';

/** Parses an HTML string into a queryable document. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document;
}

/** The trimmed text of every element matching `selector`. */
export function textsOf(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((element) => element.textContent?.trim() ?? '');
}
