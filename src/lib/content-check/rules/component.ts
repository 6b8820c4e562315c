import { visit } from 'unist-util-visit';
import { isCalloutType, unknownCalloutMessage } from '../../articles/callout.ts';
import { articleComponentNames } from '../../articles/components.ts';
import { traditionalNoteDirective, traditionalNoteProblem } from '../../editions/edition-notes.ts';
import { jsxAttribute, startOf, type JsxElement } from '../markdown.ts';
import { report, type ArticleRule } from '../rule.ts';
import { isImageElement } from './image.ts';
import { isUnsafeElement } from './unsafe-html.ts';

const isArticleComponent = (name: string) => (articleComponentNames as readonly string[]).includes(name);

/** What is wrong with a component tag; tags that are no component (`<a>`, `<img>`, `<iframe>`) are other rules' business. */
function componentProblem(element: JsxElement): string | null {
  const { name } = element;
  if (!name || isUnsafeElement(name) || isImageElement(name)) return null;
  if (/^[A-Z]/.test(name) && !isArticleComponent(name)) {
    return `未知组件 <${name}>：文章里只能直接使用 ${articleComponentNames.map((component) => `<${component}>`).join('、')}，请检查拼写（区分大小写）。`;
  }
  const type = name === 'Callout' ? jsxAttribute(element, 'type') : undefined;
  return typeof type === 'string' && !isCalloutType(type)
    ? `<Callout type="${type}"> 的 type 只能是 tip、note 或 caution。`
    : null;
}

/** The components and callouts (`:::tip`) an article may use, written so they render. */
export const component: ArticleRule = {
  ids: ['component'],
  check({ tree, frontmatter }, file) {
    if (!tree) return;
    const lines = frontmatter.body.split('\n');
    visit(tree, (node) => {
      if (node.type === 'containerDirective') {
        if (node.name === traditionalNoteDirective) {
          const problem = traditionalNoteProblem(node);
          if (problem) report(file, 'component', startOf(node), problem);
        } else if (!isCalloutType(node.name))
          report(file, 'component', startOf(node), unknownCalloutMessage(node.name));
        const closing = lines[(node.position?.end.line ?? 0) - 1] ?? '';
        if (!/^\s*:{3,}\s*$/.test(closing))
          report(file, 'component', startOf(node), `提示框 :::${node.name} 没有结束：在提示内容的下一行单独写 :::。`);
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const problem = componentProblem(node);
        if (problem) report(file, 'component', startOf(node), problem);
      }
    });
  },
};
