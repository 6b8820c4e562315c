import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Words a line must not split: a date (`2027 年 1 月 8 日`, `12 月 15 日`), a number with its unit (`10 GB`,
 * `24 小时`) and product names with a hyphen or a space (`Wi-Fi`, `iPhone Air`). Chinese text may break
 * between any two characters, so without this a line can end in `1 月 8` and the next begin with `日`.
 */
export const KEEP_TOGETHER =
  /\d{4} ?年(?: ?\d{1,2} ?月(?: ?\d{1,2} ?日)?)?|\d{1,2} ?月 ?\d{1,2} ?日|\d+(?:\.\d+)? ?(?:GB|MB|天|小时|分钟|个月|周|马纳特|AZN|美元|点)|Wi-Fi|iPhone [A-Z][a-z]+|Kabinetim App|SM-DP\+|App Store|Google Play/g;

/** The class that keeps a run of text on one line (global.css). */
export const keepTogetherClass = 'nowrap';

/** Elements whose text is left as it is: code is copied exactly, and a script or style is not text. */
const LEFT_ALONE = new Set(['code', 'pre', 'script', 'style', 'svg']);

/** Wraps each run that matches `KEEP_TOGETHER` in `<span class="nowrap">`. */
export function rehypeKeepTogether() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && LEFT_ALONE.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const pieces = splitText(node);
      if (pieces.length === 1) return;
      parent.children.splice(index, 1, ...(pieces as never[]));
      return index + pieces.length;
    });
  };
}

function splitText(node: Text): ElementContent[] {
  const pieces: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(KEEP_TOGETHER)) {
    if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
    const span: Element = {
      type: 'element',
      tagName: 'span',
      properties: { className: [keepTogetherClass] },
      children: [{ type: 'text', value: match[0] }],
    };
    pieces.push(span);
    last = match.index + match[0].length;
  }
  if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
  return pieces.length > 0 ? pieces : [node];
}
