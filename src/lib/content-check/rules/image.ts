import { posix } from 'node:path';
import { decoded, startOf, visitTags, type Tag } from '../markdown.ts';
import { report, type ArticleRule, type ContextRule } from '../rule.ts';

/** Where images go through Astro's image pipeline; `public/` would skip it. */
export const imageFolder = 'src/assets/articles';
const imageExtensions = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg'];
const imageElements = new Set(['img', 'picture', 'Image', 'Picture']);

/** A tag that shows an image: Markdown's image syntax does that, and goes through the image pipeline. */
export const isImageElement = (name: string) => imageElements.has(name);

const imageTagMessage = (tag: string) =>
  `请不要用 <${tag}> 插入图片：改用 Markdown 图片语法 ![中文说明](../${imageFolder}/文件名.png)，图片才会经过压缩和尺寸处理。`;

/** The name of a tag that shows an image (`img` in raw HTML), or null. */
function imageTagName(tag: Tag): string | null {
  if (tag.type === 'html') return /<\s*img\b/i.test(tag.value) ? 'img' : null;
  return tag.name && isImageElement(tag.name) ? tag.name : null;
}

function imageProblem(
  file: string,
  url: string,
  alt: string | null | undefined,
  fileExists: (path: string) => boolean,
): string | null {
  const example = `![图片内容的中文说明](../${imageFolder}/文件名.png)`;
  if (/^(https?:)?\/\//i.test(url)) {
    return `不要引用外站图片 ${url}：把图片下载后放进 ${imageFolder}/，再写成 ${example}（外站图片会让读者多连一个网站，也不经过图片压缩）。`;
  }
  if (url.startsWith('/')) {
    return `图片 ${url} 在 public/ 里，不会经过 Astro 的图片压缩：请把它移到 ${imageFolder}/，再写成 ${example}。`;
  }
  const path = posix.normalize(posix.join(posix.dirname(file), decoded(url.split(/[?#]/)[0]!)));
  if (path.startsWith('..') || path.startsWith('public/'))
    return `图片路径 ${url} 不在项目的 ${imageFolder}/ 里：请把图片放进去，再写成 ${example}。`;
  if (!imageExtensions.includes(posix.extname(path).toLowerCase())) {
    return `图片 ${url} 的格式不支持：请用 ${imageExtensions.join('、')} 之一。`;
  }
  if (!fileExists(path))
    return `图片文件不存在：找不到 ${path}。请检查文件名（区分大小写）和路径，图片应放在 ${imageFolder}/，从文章里写成 ../${imageFolder}/文件名。`;
  if (!alt?.trim())
    return `图片 ${url} 缺少说明文字：在 ![ ] 的方括号里用中文写清图片内容，例如 ![设置里的“添加 eSIM”按钮](${url})。`;
  if (!/\p{Script=Han}/u.test(alt))
    return `图片 ${url} 的说明文字 “${alt}” 要用中文写：读屏软件会把它读给看不到图片的读者。`;
  return null;
}

/** Images written in Markdown whose files exist (the files are the run's), and no image tags (the article's own text). */
export const image: ArticleRule & ContextRule = {
  ids: ['image'],
  checkInContext(article, file, input) {
    for (const { url, alt, place } of article.images) {
      const problem = imageProblem(article.file, url, alt, input.fileExists);
      if (problem) report(file, 'image', place, problem);
    }
  },
  check(article, file) {
    visitTags(article.tree, (tag) => {
      const name = imageTagName(tag);
      if (name) report(file, 'image', startOf(tag), imageTagMessage(name));
    });
  },
};
