/** The blocklist of link hosts, kept apart from the rules that apply it (link-policy.ts). */

export interface BlockedKind {
  label: string;
  why: string;
  /** A host matches `t.me` itself or any subdomain; `amazon.*` matches any top-level domain. */
  hosts: readonly string[];
  /** A host containing one of these words anywhere matches too. */
  words?: readonly string[];
}

/**
 * Hosts an article may not link to. Readers must only be sent to official pages: a messenger
 * handle or a shop is where unofficial "代充" agents live, and a short link hides where it leads.
 */
export const blockedKinds: readonly BlockedKind[] = [
  {
    label: '聊天软件',
    why: '本站只链接官方网页，不给任何聊天账号或群组',
    hosts: [
      't.me',
      'telegram.me',
      'telegram.dog',
      'wa.me',
      'line.me',
      'lin.ee',
      'm.me',
      'messenger.com',
      'viber.com',
      'vk.me',
      'kakao.com',
      'discord.gg',
    ],
    words: ['telegram', 'whatsapp', 'wechat', 'weixin'],
  },
  {
    label: '短链接',
    why: '短链接看不出最终会打开哪里，请直接写目标网页的完整地址',
    hosts: [
      'bit.ly',
      'bitly.com',
      'tinyurl.com',
      't.co',
      'goo.gl',
      'ow.ly',
      'is.gd',
      'v.gd',
      'buff.ly',
      'rebrand.ly',
      'cutt.ly',
      'shorturl.at',
      'tiny.cc',
      'rb.gy',
      's.id',
      't.cn',
      'url.cn',
      'dwz.cn',
      'lnkd.in',
      'surl.li',
      'short.io',
    ],
  },
  {
    label: '网店',
    why: '本站不推荐也不销售任何商品，请改为运营商或商家的官方页面',
    hosts: [
      'taobao.com',
      'tmall.com',
      'jd.com',
      'pinduoduo.com',
      'yangkeduo.com',
      'goofish.com',
      'xianyu.com',
      'weidian.com',
      'youzan.com',
      '1688.com',
      'aliexpress.com',
      'amazon.*',
      'ebay.*',
      'etsy.com',
      'temu.com',
      'shopee.*',
      'lazada.*',
      'tb.cn',
    ],
  },
];
