import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { beforeAll, describe, expect, test } from 'vitest';
import EditLinks from '../../src/components/EditLinks.astro';
import { articleComponentNames } from '../../src/lib/articles/components.ts';
import { articleComponents } from '../../src/markdown/components.ts';
import { siteConfig } from '../../src/site.config.ts';
import CalloutsArticle from '../fixtures/mdx/callouts.mdx';
import LineBrokenArticle from '../fixtures/mdx/line-broken.mdx';
import { parseDocument, textsOf } from '../support/html.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
});

describe('EditLinks', () => {
  const props = { title: '常见问题', filePath: 'content/faq.mdx', url: `${siteConfig.url}/faq/` };

  test('links to GitHub’s editor for the article file, on the configured branch', async () => {
    const document = parseDocument(await container.renderToString(EditLinks, { props }));
    const edit = [...document.querySelectorAll('a')].find((link) =>
      link.textContent?.startsWith('在 GitHub 上编辑此页'),
    );
    expect(edit?.getAttribute('href')).toBe(
      `${siteConfig.repository.url}/edit/${siteConfig.repository.branch}/content/faq.mdx`,
    );
  });

  test('opens a content-correction issue with the title, page and file filled in', async () => {
    const document = parseDocument(await container.renderToString(EditLinks, { props }));
    const report = [...document.querySelectorAll('a')].find((link) => link.textContent?.startsWith('报告内容错误'));
    const url = new URL(report!.getAttribute('href')!);
    expect(`${url.origin}${url.pathname}`).toBe(`${siteConfig.repository.url}/issues/new`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'content-correction.yml',
      title: '内容错误：常见问题',
      page: `${siteConfig.url}/faq/`,
      file: 'content/faq.mdx',
    });
  });

  test('both links are marked as leaving the site, for eyes and for screen readers', async () => {
    const document = parseDocument(await container.renderToString(EditLinks, { props }));
    const links = [...document.querySelectorAll('a')];
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.classList.contains('external-link')).toBe(true);
      expect(textsOf(link, '.external-link-cue')).toEqual(['（外部链接）']);
    }
  });
});

describe('an MDX article', () => {
  test('renders :::caution exactly like <Callout type="caution">', async () => {
    const html = await container.renderToString(CalloutsArticle, { props: { components: articleComponents } });
    // Dev renders tag component output with its source location; that is not part of the markup.
    const callouts = [...parseDocument(html).querySelectorAll('[role="note"]')].map((callout) =>
      callout.outerHTML.replace(/ data-astro-source-(file|loc)="[^"]*"/g, '').replace(/>\s+</g, '><'),
    );
    expect(callouts).toHaveLength(2);
    expect(callouts[0]).toBe(callouts[1]);
    expect(callouts[0]).toMatch(
      /<p class="callout-title"><svg aria-hidden="true"[^>]*><path d="[^"]+"\s*\/?>(<\/path>)?<\/svg>别找代充<\/p>/,
    );
  });

  test('marks external links and gives a Chinese heading its id', async () => {
    const document = parseDocument(
      await container.renderToString(CalloutsArticle, { props: { components: articleComponents } }),
    );
    expect(document.querySelector('h2')?.id).toBe('第一步查看有效期');
    expect(document.querySelector('a[href^="https://www.azercell.com"]')?.getAttribute('rel')).toBe(
      'noopener noreferrer',
    );
  });

  test('joins a Chinese paragraph split over source lines without a space, beside bold, links and components too', async () => {
    const document = parseDocument(
      await container.renderToString(LineBrokenArticle, { props: { components: articleComponents } }),
    );
    const texts = [...document.querySelectorAll('p')].map((paragraph) => paragraph.textContent);
    expect(texts).toContain('这一段在源文件里分成了三行，显示时中间不应该有空格。');
    expect(texts).toContain('见加粗的词和一个链接接着写。');
    expect(document.querySelector('[role="note"]')?.textContent).toContain('提示框里也一样。');
    expect(texts).toContain('用 eSIM\n续费时，英文旁边的换行照样是空格。');
  });

  test('gets exactly the components the content check allows', () => {
    expect(Object.keys(articleComponents).sort()).toEqual([...articleComponentNames].sort());
  });
});
