/**
 * The query table of issue 15: what readers are most likely to type, a few queries of several words and
 * some nonsense, each with the result an editor expects on top. Written from the articles' headings, not
 * from what search returns. A top result is a page and, where one section answers the query, that section's
 * heading; any of the listed answers may come first.
 */
export interface QueryRow {
  query: string;
  /** The search page the reader types on. */
  searchPage: '/search/' | '/zh-hant/search/';
  /**
   * Acceptable first results: [page, heading of the section] (null: any section of that page; `pageTop`: the page
   * itself, no section); empty: nothing found.
   */
  top: [page: string, heading: string | null][];
}

/** A first result that links to the page itself, not to one of its sections. */
export const pageTop = '(the top of the page)';

/** A query that names a seller (issue 23): it lands on that seller's page, at the top or on its steps. */
const sellerRow = (query: string, seller: string, searchPage: QueryRow['searchPage'] = '/search/'): QueryRow => {
  const page = `${searchPage.replace(/search\/$/, '')}providers/${seller}/`;
  const steps = searchPage === '/search/' ? '续费步骤' : '續費步驟';
  return {
    query,
    searchPage,
    top: [
      [page, pageTop],
      [page, steps],
    ],
  };
};

export const queryTable: QueryRow[] = [
  { query: '续费', searchPage: '/search/', top: [['/renewal-steps/', null]] },
  {
    query: '充值',
    searchPage: '/search/',
    top: [
      ['/renewal-steps/', null],
      ['/faq/', '当地运营商的预付费怎么充值？'],
    ],
  },
  {
    query: '流量',
    searchPage: '/search/',
    top: [
      ['/faq/', '续费后，剩下的流量和天数会累加吗？'],
      ['/faq/', '人在巴库，流量已经用完了，怎么付款续费？'],
      ['/renewal-steps/', '确认当前套餐的有效期和剩余流量'],
      ['/worked-example/', '第一步：查有效期和剩余流量'],
    ],
  },
  {
    query: '有效期',
    searchPage: '/search/',
    top: [
      ['/faq/', '有效期按北京时间还是巴库时间算？'],
      ['/renewal-steps/', '确认当前套餐的有效期和剩余流量'],
      ['/worked-example/', '第一步：查有效期和剩余流量'],
    ],
  },
  {
    query: '过期',
    searchPage: '/search/',
    top: [
      ['/faq/', '已经过期的 eSIM 还能充值吗？'],
      ['/renewal-steps/', '套餐已经过期怎么办'],
    ],
  },
  {
    query: '二维码',
    searchPage: '/search/',
    top: [
      ['/precautions/', '二维码和验证码不给任何人'],
      ['/what-is-esim/', '三种安装方式'],
    ],
  },
  { query: '漫游', searchPage: '/search/', top: [['/precautions/', '检查漫游设置']] },
  { query: '退款', searchPage: '/search/', top: [['/faq/', '续费买错了能退款吗？']] },
  { query: '支付宝', searchPage: '/search/', top: [['/faq/', '可以用支付宝或微信支付续费吗？']] },
  {
    query: '巴库时间',
    searchPage: '/search/',
    top: [
      ['/precautions/', '巴库时间：UTC+4'],
      ['/faq/', '有效期按北京时间还是巴库时间算？'],
    ],
  },
  { query: '续费 退款', searchPage: '/search/', top: [['/faq/', '续费买错了能退款吗？']] },
  {
    query: '过期 充值',
    searchPage: '/search/',
    top: [
      ['/faq/', '已经过期的 eSIM 还能充值吗？'],
      ['/renewal-steps/', '套餐已经过期怎么办'],
    ],
  },
  {
    query: '删除 eSIM',
    searchPage: '/search/',
    top: [
      ['/what-is-esim/', '删除 eSIM 之前先想清楚'],
      ['/faq/', '不小心把 eSIM 删了怎么办？'],
    ],
  },
  { query: 'xyz無此詞', searchPage: '/search/', top: [] },
  { query: '麒麟', searchPage: '/search/', top: [] },
  { query: '續費', searchPage: '/zh-hant/search/', top: [['/zh-hant/renewal-steps/', null]] },
  {
    query: 'QR Code',
    searchPage: '/zh-hant/search/',
    top: [
      ['/zh-hant/precautions/', 'QR Code 和驗證碼不給任何人'],
      ['/zh-hant/what-is-esim/', '三種安裝方式'],
    ],
  },
  { query: 'xyz無此詞', searchPage: '/zh-hant/search/', top: [] },
  sellerRow('Airalo 续费', 'airalo'),
  sellerRow('Airalo', 'airalo'),
  sellerRow('Nar', 'nar'),
  sellerRow('Azercell 充值', 'azercell'),
  sellerRow('淘宝', 'platform-shops'),
  sellerRow('Airalo 續費', 'airalo', '/zh-hant/search/'),
];

/**
 * Queries whose first batch must list `pages`, ahead of every other page of one seller (issue 23): a reader who
 * tops up a balance (充值, 余额) without naming a seller has a local line.
 */
export const sellerRanking: { query: string; searchPage: QueryRow['searchPage']; pages: string[] }[] = [
  '充值',
  '余额',
].map((query) => ({
  query,
  searchPage: '/search/',
  pages: ['/providers/azercell/', '/providers/bakcell/', '/providers/nar/'],
}));
