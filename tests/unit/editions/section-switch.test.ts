import { describe, expect, test } from 'vitest';
import { sectionIds, withSectionSwitch } from '../../../src/lib/editions/section-switch.ts';
import { parseDocument } from '../../support/html.ts';

const page = [
  '<html><head><title>常見問題</title></head><body>',
  '<header><a href="/faq/" hreflang="zh-Hans" lang="zh-Hans" data-edition-switch>简体中文</a></header>',
  '<main><h2 id="續費要多久">續費要多久</h2><section id="renewal-reminder"><h3>提醒</h3></section><h4>沒有 id</h4></main>',
  '</body></html>',
].join('');

describe('sectionIds', () => {
  test('lists the ids of headings and sections, in order', () => {
    expect(sectionIds(page)).toEqual(['續費要多久', 'renewal-reminder']);
  });
});

describe('withSectionSwitch', () => {
  const finished = withSectionSwitch(page, [
    { id: '續費要多久', twinId: '续费要多久' },
    { id: 'renewal-reminder', twinId: 'renewal-reminder' },
  ]);
  const document = parseDocument(finished);

  test('adds a copy of the switch per section, after it, leading to the twin section', () => {
    const links = [...document.querySelectorAll('header a')];
    expect(links.map((link) => [link.getAttribute('href'), link.getAttribute('data-section'), link.textContent])).toEqual([
      ['/faq/', null, '简体中文'],
      // 续 and 费 exist only in Simplified: percent-encoded; 要多久 is written as it is.
      ['/faq/#%E7%BB%AD%E8%B4%B9要多久', '0', '简体中文'],
      ['/faq/#renewal-reminder', '1', '简体中文'],
    ]);
    expect(decodeURIComponent(links[1]!.getAttribute('href')!.split('#')[1]!)).toBe('续费要多久');
  });

  test('joins the page\'s own stylesheet when the head has one, so the page keeps a single style hash', () => {
    const styled = page.replace('</head>', '<style>body{margin:0}</style></head>');
    const styles = [...parseDocument(withSectionSwitch(styled, [{ id: '續費要多久', twinId: '续费要多久' }])).querySelectorAll('style')];
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toMatch(/^body\{margin:0\}a\[data-section\]\{display:none\}/);
  });

  test('shows a copy only while its section is the target, and hides the plain link then', () => {
    const style = document.querySelector('head style')!.textContent;
    expect(style).toContain('a[data-section]{display:none}');
    expect(style).toContain(':root:has([id="續費要多久"]:target) a[data-section="0"]{display:inline}');
    expect(style).toContain(':root:has([id="renewal-reminder"]:target) a[data-section="1"]{display:inline}');
    expect(style).toContain(':root:has(:is(h2,h3,h4,h5,h6,section)[id]:target) a[data-edition-switch]:not([data-section]){display:none}');
  });

  test('leaves a page alone without a switch that keeps sections (the 404 page) or without sections', () => {
    const withoutMarker = page.replace(' data-edition-switch', '');
    expect(withSectionSwitch(withoutMarker, [{ id: '續費要多久', twinId: '续费要多久' }])).toBe(withoutMarker);
    expect(withSectionSwitch(page, [])).toBe(page);
  });
});
