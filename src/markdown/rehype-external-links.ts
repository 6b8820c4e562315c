import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { externalLinkCue, isExternalHref } from '../lib/external-links.ts';

/**
 * Marks links that leave the site: `rel="noopener noreferrer"`, the `external-link` class (a visible
 * ↗ drawn in CSS) and a visually hidden “（外部链接）” so screen-reader users hear it too.
 */
export function rehypeExternalLinks(options: { siteUrl: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string' || !isExternalHref(href, options.siteUrl)) return;
      const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
      node.properties['rel'] = ['noopener', 'noreferrer'];
      node.properties['className'] = [...classes, externalLinkCue.linkClass];
      node.children.push({
        type: 'element',
        tagName: 'span',
        properties: { className: [externalLinkCue.textClass] },
        children: [{ type: 'text', value: externalLinkCue.text }],
      });
    });
  };
}
