import type { Parent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * A soft line break between two Chinese characters (or full-width punctuation) is dropped: a browser shows
 * it as a space (“第一行 第二行”), and so do Pagefind's excerpts. Ours and not the npm package
 * remark-join-cjk-lines 1.0.15: that one joins only inside one text node, so a line ending in **bold**, a
 * link or `code` kept its space, and it brings a second, older unist-util-visit (2.x, CommonJS).
 * A break beside Latin text stays a space (“eSIM\n续费” reads “eSIM 续费”), as the style guide asks.
 */
const CJK = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]`;
const breakBetween = new RegExp(`(?<=${CJK})[ \\t]*\\n[ \\t]*(?=${CJK})`, 'gu');
const endsInCjk = new RegExp(`${CJK}$`, 'u');
const startsWithCjk = new RegExp(`^${CJK}`, 'u');
const leadingBreak = /^[ \t]*\n[ \t]*/;
const trailingBreak = /[ \t]*\n[ \t]*$/;

const textOf = (node: RootContent | undefined) => (node === undefined ? '' : toString(node));

function joinText(node: Text, siblings: readonly RootContent[], index: number): void {
  let value = node.value.replace(breakBetween, '');
  // A break at the edge of the text node, with **bold**, a link or `code` on the other side (or on both).
  const after = () => value.trimStart() || textOf(siblings[index + 1]);
  const before = () => value.trimEnd() || textOf(siblings[index - 1]);
  if (leadingBreak.test(value) && endsInCjk.test(textOf(siblings[index - 1])) && startsWithCjk.test(after()))
    value = value.replace(leadingBreak, '');
  if (trailingBreak.test(value) && endsInCjk.test(before()) && startsWithCjk.test(textOf(siblings[index + 1])))
    value = value.replace(trailingBreak, '');
  node.value = value;
}

export default function remarkJoinCjkLines() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (parent !== undefined && index !== undefined) joinText(node, parent.children as RootContent[], index);
    });
  };
}
