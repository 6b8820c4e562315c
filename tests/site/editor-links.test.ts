import { describe, expect, test } from 'vitest';
import { articleAnchors } from '../../src/lib/content-check/lint.ts';
import { siteConfig } from '../../src/site.config.ts';
import { contentArticles } from '../support/content.ts';
import { builtPages } from '../support/dist.ts';

const pages = new Map(builtPages().map((page) => [page.path, page.document]));
const published = contentArticles()
  .filter((article) => article.published)
  .map(({ file, id, text }) => ({ name: file, id, text }));

describe.each(published)('content/$name', ({ name, id, text }) => {
  const document = pages.get(`/${id}/`)!;

  test('has an edit link and a prefilled report link for its own file', () => {
    const links = [...document.querySelectorAll('aside a')];
    const edit = links.find((link) => link.textContent?.startsWith('在 GitHub 上编辑此页'));
    const report = links.find((link) => link.textContent?.startsWith('报告内容错误'));
    expect(edit?.getAttribute('href')).toBe(
      `${siteConfig.repository.url}/edit/${siteConfig.repository.branch}/content/${name}`,
    );
    expect(new URL(report!.getAttribute('href')!).searchParams.get('file')).toBe(`content/${name}`);
  });

  test('the anchors the content check accepts are the ids the build gives its headings', () => {
    const anchors = articleAnchors({ file: `content/${name}`, text });
    const pageIds = [...document.querySelectorAll('[id]')].map((element) => element.id);
    const tocAnchors = [...document.querySelectorAll('nav[aria-labelledby="toc-heading"] a')].map((link) =>
      decodeURIComponent(link.getAttribute('href')!.slice(1)),
    );
    expect(anchors.length).toBeGreaterThan(0);
    expect(pageIds).toEqual(expect.arrayContaining(anchors));
    expect(anchors).toEqual(expect.arrayContaining(tocAnchors));
  });
});

test('every external link in an article body says that it leaves the site', () => {
  const external = published.flatMap(({ id }) => [
    ...pages.get(`/${id}/`)!.querySelectorAll('.article-body a[href^="http"]'),
  ]);
  expect(external.length).toBeGreaterThan(0);
  for (const link of external) {
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.querySelector('.external-link-cue')?.textContent).toBe('（外部链接）');
  }
});
