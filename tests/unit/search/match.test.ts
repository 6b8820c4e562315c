import { describe, expect, test } from 'vitest';
import { searchSynonyms } from '../../../src/data/search-synonyms.ts';
import {
  bestSections,
  compareAnswers,
  ELLIPSIS,
  excerpt,
  highlight,
  pageSections,
  queryWords,
  rankCandidates,
  readableText,
  termsExpression,
  termsOnPage,
  type FragmentText,
  type PageAnswer,
} from '../../../src/lib/search/match.ts';

const same = (text: string) => text;
/** A stand-in for the Traditional table: just the characters these tests use. */
const toTraditional = (text: string) =>
  text
    .replace(/续/g, '續')
    .replace(/费/g, '費')
    .replace(/二维码/g, '行動條碼');

describe('termsExpression', () => {
  test.each([
    ['QR 码', '扫描 QR码 安装', 'QR码'],
    ['qr code', '扫描 QR Code 安装', 'QR Code'],
    ['旅行eSIM', '一张旅行 eSIM。', '旅行 eSIM'],
    ['e-SIM', '一张 e-SIM。', 'e-SIM'],
    ['Trip.com', '在 Trip.com 买', 'Trip.com'],
    ['*100#', '拨 *100#YES', '*100#'],
  ])('%j finds its text in %j', (term, text, found) => {
    expect(text.match(termsExpression([term])!)?.[0]).toBe(found);
  });

  test('finds the longest term first, and nothing for no terms', () => {
    expect('二维码'.match(termsExpression(['码', '二维码'])!)).toEqual(['二维码']);
    expect(termsExpression([' '])).toBeNull();
  });
});

describe('queryWords', () => {
  test('splits at spaces and keeps the reader’s spelling beside the edition’s', () => {
    expect(queryWords('续费  退款', [], toTraditional)).toEqual([
      { spellings: ['續費', '续费'] },
      { spellings: ['退款'] },
    ]);
  });

  test('a synonym, in any case and spacing, stands for its whole group in the edition’s script', () => {
    const [word, ...rest] = queryWords('qr code', searchSynonyms, toTraditional);
    expect(rest).toEqual([]);
    expect(word!.spellings).toEqual(expect.arrayContaining(['行動條碼', 'QR Code', 'QR 码']));
  });

  test('a synonym phrase is one word, and the rest of the query is split around it', () => {
    expect(queryWords('怎么用 QR 码 安装', searchSynonyms, same).map(({ spellings }) => spellings[0])).toEqual([
      '二维码',
      '怎么用',
      '安装',
    ]);
  });
});

describe('termsOnPage', () => {
  const page = '旅行 eSIM 的续费：先查流量。';

  test('finds a word by a spelling, in any spacing', () => {
    expect(termsOnPage({ spellings: ['續費', '续费'] }, page)).toEqual(['续费']);
    expect(termsOnPage({ spellings: ['旅行esim'] }, page)).toEqual(['旅行esim']);
  });

  test('finds a long word typed without spaces in pieces of two or more characters', () => {
    expect(termsOnPage({ spellings: ['续费流量'] }, page)).toEqual(['续费', '流量']);
    expect(termsOnPage({ spellings: ['esim续费'] }, page)).toEqual(['esim', '续费']);
  });

  test('does not find a word that shares only single characters with the page', () => {
    expect(termsOnPage({ spellings: ['xyz無此詞'] }, '無法付款，此時請聯絡，詞典')).toEqual([]);
    expect(termsOnPage({ spellings: ['续费'] }, '继续付费')).toEqual([]);
    expect(termsOnPage({ spellings: ['续费用量'] }, '继续付费，用量')).toEqual([]);
  });
});

describe('readableText', () => {
  test.each([
    ['续费的四个步骤. 查清有效期', '续费的四个步骤。查清有效期'],
    ['连上 Wi-Fi. 再付款', '连上 Wi-Fi。再付款'],
    ['要重新扫码吗？ 如果商家', '要重新扫码吗？如果商家'],
    ['. 先看规则。 然后', '先看规则。然后'],
    ['见 azercell.com 的说明', '见 azercell.com 的说明'],
  ])('%j → %j', (text, readable) => {
    expect(readableText(text)).toBe(readable);
  });
});

/** Pagefind's fragment for a small page: words split by zero-width spaces, a ". " after a heading without punctuation. */
const fragment: FragmentText = {
  meta: { title: '常见问题' },
  raw_content: [
    '常见',
    '问题',
    '. ',
    '续',
    '费',
    '前',
    '要',
    '知道',
    '的',
    '事',
    '。 ',
    '已经',
    '过期',
    '的 ',
    'eSIM ',
    '还',
    '能',
    '充',
    '值',
    '吗',
    '？ ',
    '很多',
    '时候',
    '可以',
    '。',
    '过期',
    '后',
    '继续',
    '充',
    '值',
    '。 ',
    '续',
    '费',
    '后',
    '流量',
    '会',
    '累加',
    '吗',
    '？ ',
    '会',
    '累加',
    '，',
    '2 &lt; 3',
    '。',
  ].join('\u200b'),
  anchors: [
    { element: 'h2', id: '已经过期的-esim-还能充值吗', text: '已经过期的 eSIM 还能充值吗？', location: 11 },
    { element: 'div', id: 'not-a-heading', text: '', location: 21 },
    { element: 'h2', id: '续费后流量会累加吗', text: '续费后流量会累加吗？', location: 31 },
  ],
};

describe('pageSections', () => {
  test('splits at the headings, each section’s text without its heading and readable', () => {
    expect(pageSections(fragment)).toEqual([
      { id: null, heading: '常见问题', text: '续费前要知道的事。' },
      {
        id: '已经过期的-esim-还能充值吗',
        heading: '已经过期的 eSIM 还能充值吗？',
        text: '很多时候可以。过期后继续充值。',
      },
      { id: '续费后流量会累加吗', heading: '续费后流量会累加吗？', text: '会累加，2 < 3。' },
    ]);
  });
});

describe('bestSections', () => {
  const sections = pageSections(fragment);

  test('puts the section with the word in its heading and text first, and leaves out sections without it', () => {
    expect(bestSections(sections, [['过期']]).map(({ id }) => id)).toEqual(['已经过期的-esim-还能充值吗']);
  });

  test('prefers sections holding more of the words, then a heading’s section over the text before the first heading', () => {
    expect(bestSections(sections, [['续费'], ['流量']]).map(({ id }) => id)).toEqual(['续费后流量会累加吗', null]);
  });

  test('a query the page’s title names lands on the text before the first heading, even where a heading names it too', () => {
    const seller = [
      { id: null, heading: 'Nar 续费步骤', text: '给余额充值。' },
      { id: '续费规则', heading: '续费规则', text: 'Nar 的流量包会叠加。' },
      { id: '用-nar-app', heading: '用 Nar+ App 续订', text: '在 App 里点续订。' },
    ];
    expect(bestSections(seller, [['Nar'], ['续费']])[0]!.id).toBeNull();
    expect(bestSections(seller, [['Nar']])[0]!.id).toBeNull();
    expect(bestSections(seller, [['Nar'], ['续订']])[0]!.id).toBe('用-nar-app');
  });

  test('shows at most `limit` sections', () => {
    expect(bestSections(sections, [['吗', '续费', '。']], 2)).toHaveLength(2);
  });
});

describe('excerpt', () => {
  const text =
    '有的商家允许过期后继续充值，前提是 eSIM 还装在手机上，而且还没被商家回收；回收期常见的是 90 天左右，各家不同。也有商家在显示“已过期”后就不再允许充值，这时只能重新购买。';

  test('keeps a text that fits whole', () => {
    expect(excerpt('很多时候可以。', termsExpression(['可以']), 60)).toBe('很多时候可以。');
  });

  test('starts at the phrase before a match far into the text, and marks the cut with the Chinese ellipsis', () => {
    const cut = excerpt(text, termsExpression(['重新购买']), 30, 16);
    expect(cut.startsWith(`${ELLIPSIS}也有商家在显示`) || cut.startsWith(`${ELLIPSIS}这时只能`)).toBe(true);
    expect(cut).toContain('重新购买');
  });

  test('starts at the beginning when the match is near it, and ends after a phrase, without a comma before the ellipsis', () => {
    const cut = excerpt(text, termsExpression(['过期']), 30, 16);
    expect(cut.startsWith('有的商家允许过期')).toBe(true);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(cut).not.toMatch(/[，、；：]……$/);
    expect([...cut].length).toBeLessThanOrEqual(30 + 2 * ELLIPSIS.length);
  });

  test('never starts or ends mid-word in Latin text', () => {
    const latin = `${'说明'.repeat(20)}，请登录 Kabinetim App 查看余额和套餐，${'再说'.repeat(20)}`;
    const cut = excerpt(latin, termsExpression(['Kabinetim']), 24, 16);
    expect(cut).toContain('Kabinetim');
    expect(cut).not.toMatch(/……[A-Za-z]|[A-Za-z]……/);
  });
});

describe('highlight', () => {
  test('marks every match and keeps the text around it', () => {
    expect(highlight('过期后继续充值，过期了', termsExpression(['过期']))).toEqual([
      ['过期', true],
      ['后继续充值，', false],
      ['过期', true],
      ['了', false],
    ]);
    expect(highlight('没有', null)).toEqual([['没有', false]]);
  });
});

describe('queryWords and the edition’s script', () => {
  test('a synonym typed in the edition’s script is found as the group it converts from', () => {
    const [word] = queryWords('續費', searchSynonyms, toTraditional);
    expect(word!.spellings).toEqual(expect.arrayContaining(['續費', '加油包', '充值']));
  });
});

describe('rankCandidates', () => {
  const found = (id: string, score: number) => ({ id, score });

  test('a page found for more of the words comes first, whatever its score', () => {
    const ranked = rankCandidates([[found('faq', 0.9), found('steps', 0.2)], [found('steps', 0.3)]]);
    expect(ranked.map(({ result, words }) => [result.id, words])).toEqual([
      ['steps', 2],
      ['faq', 1],
    ]);
  });

  test('among pages found for as many words, the higher score; each page once, scored the sum of its spellings’ scores', () => {
    const ranked = rankCandidates([[found('b', 0.75), found('a', 0.25), found('a', 0.625)]]);
    expect(ranked.map(({ result, score, words }) => [result.id, result.score, score, words])).toEqual([
      ['a', 0.625, 0.875, 1],
      ['b', 0.75, 0.75, 1],
    ]);
  });

  test('for several words, the best word’s score', () => {
    const ranked = rankCandidates([[found('a', 0.25)], [found('a', 0.5)], [found('b', 0.25), found('b', 0.375)]]);
    expect(ranked.map(({ result, score }) => [result.id, score])).toEqual([
      ['a', 0.5],
      ['b', 0.625],
    ]);
  });

  test('no results, no candidates', () => {
    expect(rankCandidates([[], []])).toEqual([]);
  });
});

describe('compareAnswers', () => {
  const page = (answer: Partial<PageAnswer>): PageAnswer => ({
    words: 1,
    answers: 1,
    sellerPage: false,
    score: 0.5,
    ...answer,
  });
  const order = (pages: Record<string, PageAnswer>) =>
    Object.entries(pages)
      .sort(([, a], [, b]) => compareAnswers(a, b))
      .map(([name]) => name);

  test('more of the query’s words beats a better answer, which beats the score', () => {
    expect(
      order({ answers: page({ answers: 3, score: 0.1 }), words: page({ words: 2 }), score: page({ score: 0.9 }) }),
    ).toEqual(['words', 'answers', 'score']);
  });

  test('on a tie, a guide for everyone before one seller’s page, even with a lower score', () => {
    expect(order({ seller: page({ sellerPage: true, score: 0.9 }), guide: page({ score: 0.2 }) })).toEqual([
      'guide',
      'seller',
    ]);
  });

  test('a seller’s page that answers better still comes first', () => {
    expect(order({ guide: page({}), seller: page({ sellerPage: true, answers: 2 }) })).toEqual(['seller', 'guide']);
  });
});
