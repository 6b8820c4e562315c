// `npm run new -- <slug> "<标题>"`: writes content/<slug>.mdx with today's date, the next free
// reading order and `draft: true`, then says what to do next. Refuses a bad slug or an existing file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import dayjs from 'dayjs';
import { filesUnder } from '../src/lib/files/files-under.ts';
import { descriptionLength } from '../src/lib/articles/schema.ts';
import { articleSlugProblem } from '../src/lib/articles/slug.ts';
import { toIsoDate } from '../src/lib/dates/calendar-date.ts';
import { checkFrontmatter } from '../src/lib/content-check/frontmatter.ts';
import { newTitleProblem, scaffoldArticle } from '../src/lib/content-check/new-article.ts';
import { nextReadingOrder } from '../src/lib/articles/reading-order.ts';
import { siteRoutes } from '../src/lib/articles/routes.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = join(root, 'content');
const [slug = '', title = ''] = process.argv.slice(2);

function refuse(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

if (slug === '')
  refuse('用法：npm run new -- <文件名> "<标题>"，例如：npm run new -- roaming-data "在阿塞拜疆开启数据漫游"');
const slugProblem = articleSlugProblem(slug, siteRoutes(filesUnder(join(root, 'src/pages')), []));
if (slugProblem) refuse(slugProblem);
const titleProblem = newTitleProblem(title);
if (titleProblem) refuse(titleProblem);

const articleFiles = readdirSync(contentDir).filter((name) => /\.mdx?$/.test(name));
const existing = articleFiles.find((name) => name.replace(/\.mdx?$/, '') === slug);
if (existing) refuse(`content/${existing} 已经存在：换一个文件名，或者直接打开 content/${existing} 修改。`);

const orders = articleFiles.flatMap((name) => {
  const { order } = checkFrontmatter(readFileSync(join(contentDir, name), 'utf8'));
  return order === null ? [] : [{ id: name, data: { order } }];
});
const order = nextReadingOrder(orders);
const file = join(contentDir, `${slug}.mdx`);
writeFileSync(file, scaffoldArticle({ title: title.trim(), date: toIsoDate(dayjs()), order }));

console.log(`✓ 已创建 content/${slug}.mdx（阅读顺序 ${order}，草稿）。

接下来：
  1. 打开 content/${slug}.mdx，把所有【待填写】换成你的内容（description 要写 ${descriptionLength.min} 到 ${descriptionLength.max} 个字）。
  2. 运行 npm start，在浏览器里打开 http://localhost:4321/${slug}/ 预览；保存文件后页面会自动刷新。
  3. 运行 npm run lint:content，按提示改完所有“错误”。
  4. 写完后把 draft: true 改成 draft: false，文章才会出现在正式网站上。
详细说明见 CONTRIBUTING.md。`);
