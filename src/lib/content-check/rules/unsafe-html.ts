import { startOf, visitTags, type Tag } from '../markdown.ts';
import { report, type ArticleRule } from '../rule.ts';

const unsafeElements = ['script', 'iframe', 'object', 'embed', 'frame', 'frameset'];

/** A tag that runs code or embeds another site, however it is capitalised. */
export const isUnsafeElement = (name: string) => unsafeElements.includes(name.toLowerCase());

const unsafeMessage = (tag: string) =>
  `不能在文章里放 <${tag}>：它会运行或嵌入别的网站的内容。请删掉它；要介绍外部页面，就写一个普通链接 [说明](https://…)。`;
const handlerMessage = (attribute: string) =>
  `不能在文章里写 ${attribute}= 这样的事件代码：文章只放文字和组件，请删掉 ${attribute}=…。`;
const unsafeTag = new RegExp(`<\\s*(${unsafeElements.join('|')})\\b`, 'i');

/** What is unsafe in a tag: the tag itself (`<script>`) and its event code (`onclick=`). */
function unsafeMessages(tag: Tag): string[] {
  if (tag.type === 'html') {
    const unsafe = unsafeTag.exec(tag.value);
    const handler = /\s(on[a-z]+)\s*=/i.exec(tag.value);
    return [
      ...(unsafe ? [unsafeMessage(unsafe[1]!.toLowerCase())] : []),
      ...(handler ? [handlerMessage(handler[1]!)] : []),
    ];
  }
  const handlers = tag.attributes.flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute' && /^on/i.test(attribute.name) ? [handlerMessage(attribute.name)] : [],
  );
  return [...handlers, ...(tag.name && isUnsafeElement(tag.name) ? [unsafeMessage(tag.name)] : [])];
}

export const unsafeHtml: ArticleRule = {
  ids: ['unsafe-html'],
  check({ tree }, file) {
    visitTags(tree, (tag) => {
      for (const message of unsafeMessages(tag)) report(file, 'unsafe-html', startOf(tag), message);
    });
  },
};
