import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
// Types only: teaches mdast nodes the `hName` / `hProperties` that remark-rehype reads.
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { calloutMarkup, isCalloutType, unknownCalloutMessage, type CalloutType } from '../lib/articles/callout.ts';
import {
  editionOnlyAttribute,
  traditionalNoteDirective,
  traditionalNoteProblem,
  traditionalNoteTitle,
} from '../lib/editions/edition-notes.ts';

type Directive = ContainerDirective | LeafDirective | TextDirective;

/**
 * Renders `:::tip`, `:::note` and `:::caution` (optionally `:::tip[标题]`) as the site's callout
 * markup, and `:::hant-only` as a note marked for the Traditional edition only (src/lib/editions/edition-notes.ts).
 * Any other `:::name` fails the build with a Chinese message. `:name` and `::name` are not
 * features of this site, so they are turned back into the text the author typed (`10:30` style text
 * such as `网址:example` would otherwise vanish).
 */
export function remarkCallouts() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'containerDirective') {
        if (node.name === traditionalNoteDirective) {
          const problem = traditionalNoteProblem(node);
          if (problem) file.fail(`第 ${node.position?.start.line} 行：${problem}`, node);
          renderCallout(node, 'note', true);
          return;
        }
        if (!isCalloutType(node.name))
          file.fail(`第 ${node.position?.start.line} 行：${unknownCalloutMessage(node.name)}`, node);
        renderCallout(node, node.name);
        return;
      }
      if ((node.type === 'textDirective' || node.type === 'leafDirective') && parent && index !== undefined) {
        const restored = restoreDirectiveText(node);
        parent.children.splice(index, 1, ...(restored as never[]));
        return index + restored.length;
      }
      return;
    });
  };
}

/** A callout in the site's markup; a Traditional-only note is an `<aside>` marked for its edition. */
function renderCallout(node: ContainerDirective, type: CalloutType, traditionalOnly = false): void {
  const [first, ...rest] = node.children;
  const hasLabel = first?.type === 'paragraph' && first.data?.directiveLabel === true;
  const label = hasLabel ? toString(first) : traditionalOnly ? traditionalNoteTitle : undefined;
  const { box, title, icon, body } = calloutMarkup(type, label);
  const { d, ...svg } = icon;
  // An empty text node renamed to `svg`: mdast has no element node, and remark-rehype honours hName and hChildren.
  const iconNode: PhrasingContent = {
    type: 'text',
    value: '',
    data: {
      hName: 'svg',
      hProperties: svg,
      hChildren: [{ type: 'element', tagName: 'path', properties: { d }, children: [] }],
    },
  };
  const titleParagraph: Paragraph = {
    type: 'paragraph',
    data: { hProperties: { className: [title.class] } },
    children: [iconNode, { type: 'text', value: title.text }],
  };
  // mdast has no plain container; a blockquote renamed to `div` carries the body's blocks.
  const bodyBlock: BlockContent = {
    type: 'blockquote',
    data: { hName: 'div', hProperties: { className: [body.class] } },
    children: (hasLabel ? rest : node.children) as BlockContent[],
  };
  const properties = { role: box.role, className: box.class.split(' '), dataCallout: box['data-callout'] };
  node.data = traditionalOnly
    ? { hName: 'aside', hProperties: { ...properties, [editionOnlyAttribute.name]: editionOnlyAttribute.value } }
    : { hName: 'div', hProperties: properties };
  node.children = [titleParagraph, bodyBlock];
}

/** The nodes a directive came from, as text: `:name[label]{…}` → `:name[label]`. */
export function restoreDirectiveText(node: Directive): RootContent[] {
  const marker = node.type === 'leafDirective' ? '::' : ':';
  const label = node.children as PhrasingContent[];
  const phrasing: PhrasingContent[] = [
    { type: 'text', value: `${marker}${node.name}${label.length > 0 ? '[' : ''}` },
    ...label,
    ...(label.length > 0 ? [{ type: 'text', value: ']' } as const] : []),
  ];
  return node.type === 'leafDirective' ? [{ type: 'paragraph', children: phrasing }] : phrasing;
}
