import { describe, expect, test } from 'vitest';
import { chineseDateOf, isoDateOf } from '../../../src/lib/dates/day.ts';
import {
  isListedPage,
  savedAtOf,
  savedCopyLine,
  savedPageItems,
  titleOf,
  withLineFirst,
  withSavedPages,
  type SavedPage,
} from '../../../src/offline/saved-pages.ts';

/** The parts of the offline page (src/pages/offline.astro) the worker fills, as built. */
const offlinePage =
  '<main id="main" class="mx-auto"><h1>你现在离线</h1><ul class="list-disc pl-6" data-saved-pages><li>还没有。</li></ul>' +
  '<ul class="list-disc pl-6"><li><a href="/faq/">常见问题</a></li></ul>' +
  '<template data-saved-copy><p class="mb-4">离线副本，保存于 <time></time></p></template></main>';

const at = (text: string) => new Date(text);
const page = (path: string, savedAt: string | undefined, title = path): SavedPage => ({
  path,
  title,
  savedAt: savedAt === undefined ? undefined : at(savedAt),
});
/** The day as the items write it, in the time zone the test runs in. */
const day = (text: string) => `<time datetime="${isoDateOf(at(text))}">${chineseDateOf(at(text))}</time>`;

describe('savedAtOf', () => {
  test('reads the Date header the server sent with the copy', () => {
    expect(savedAtOf('Sun, 06 Dec 2026 07:39:14 GMT')?.toISOString()).toBe('2026-12-06T07:39:14.000Z');
  });

  test.each([null, '', 'yesterday'])('knows no time from %j', (header) => {
    expect(savedAtOf(header)).toBeUndefined();
  });
});

describe('isListedPage', () => {
  const shell = new Map([
    ['/', '/?rev=1'],
    ['/faq/', '/faq/?rev=2'],
    ['/offline/', '/offline/?rev=3'],
  ]);

  test.each([
    ['/providers/airalo/', true],
    ['/card-payment/', true],
    ['/', false],
    ['/faq/', false],
    ['/offline/', false],
    ['/_astro/photo.abc123.webp', false],
    ['/pagefind/fragment/zh-hans_1.pf_fragment', false],
    ['/manifest.webmanifest', false],
  ])('%s: %s', (path, listed) => {
    expect(isListedPage(path, shell)).toBe(listed);
  });
});

describe('titleOf', () => {
  test('is the h1’s HTML without its tags, entities kept', () => {
    expect(
      titleOf('<title>x | 站名</title><h1 class="text-2xl">怎样给 <span>Airalo</span> 续费 &amp; 充值</h1>', '/a/'),
    ).toBe('怎样给 Airalo 续费 &amp; 充值');
  });

  test('is the path of a page without an h1', () => {
    expect(titleOf('<h2>没有标题</h2>', '/a/')).toBe('/a/');
  });
});

describe('savedPageItems', () => {
  test('lists each page as a link and the day it was saved, newest first', () => {
    const pages = [
      page('/providers/nar/', '2026-11-30T10:00:00Z', 'Nar'),
      page('/providers/airalo/', '2026-12-06T07:39:14Z', 'Airalo'),
      page('/card-payment/', '2026-12-01T08:00:00Z', '银行卡'),
    ];
    expect(savedPageItems(pages)).toBe(
      `<li><a href="/providers/airalo/" class="inline-flex min-h-11 items-center">Airalo</a> ${day('2026-12-06T07:39:14Z')}</li>` +
        `<li><a href="/card-payment/" class="inline-flex min-h-11 items-center">银行卡</a> ${day('2026-12-01T08:00:00Z')}</li>` +
        `<li><a href="/providers/nar/" class="inline-flex min-h-11 items-center">Nar</a> ${day('2026-11-30T10:00:00Z')}</li>`,
    );
  });

  test('keeps pages saved at the same moment in the order they were saved, and a page of unknown date last', () => {
    const pages = [
      page('/b/', undefined),
      page('/c/', '2026-12-06T07:00:00Z'),
      page('/a/', '2026-12-06T07:00:00Z'),
      page('/d/', '2026-12-06T08:00:00Z'),
    ];
    const order = [...savedPageItems(pages).matchAll(/href="([^"]+)"/g)].map(([, path]) => path);
    expect(order).toEqual(['/d/', '/c/', '/a/', '/b/']);
    expect(savedPageItems([page('/b/', undefined)])).not.toContain('<time');
  });

  test('writes the day in the reader’s time zone: 22:30 UTC is the next day east of UTC', () => {
    const items = savedPageItems([page('/a/', '2026-12-06T22:30:00Z')]);
    const expected = {
      'Asia/Baku': '<time datetime="2026-12-07">2026年12月7日</time>',
      'America/Los_Angeles': '<time datetime="2026-12-06">2026年12月6日</time>',
      'Pacific/Kiritimati': '<time datetime="2026-12-07">2026年12月7日</time>',
    }[process.env['TZ']!];
    expect(items).toContain(expected);
  });
});

describe('withSavedPages', () => {
  test('puts the saved pages in place of what the list holds as built, and changes nothing else', () => {
    const pages = [page('/providers/airalo/', '2026-12-06T07:39:14Z', 'Airalo $& $1')];
    const filled = withSavedPages(offlinePage, pages);
    expect(filled).toBe(offlinePage.replace('<li>还没有。</li>', () => savedPageItems(pages)));
    expect(filled, 'a title is not read as a replacement pattern').toContain('>Airalo $& $1</a>');
  });

  test('leaves the page as built, saying none are saved, when there are none', () => {
    expect(withSavedPages(offlinePage, [])).toBe(offlinePage);
  });
});

describe('the line of a page opened offline', () => {
  test('is the offline page’s template with the day the copy was saved', () => {
    expect(savedCopyLine(offlinePage, at('2026-12-06T07:39:14Z'))).toBe(
      `<p class="mb-4">离线副本，保存于 ${day('2026-12-06T07:39:14Z')}</p>`,
    );
  });

  test('is missing when the offline page has no template', () => {
    expect(savedCopyLine('<main></main>', at('2026-12-06T07:39:14Z'))).toBeUndefined();
  });

  test('comes first in the page’s main content', () => {
    expect(withLineFirst('<body><header></header><main id="main" tabindex="-1"><h1>FAQ</h1></main>', '<p>L</p>')).toBe(
      '<body><header></header><main id="main" tabindex="-1"><p>L</p><h1>FAQ</h1></main>',
    );
  });
});
