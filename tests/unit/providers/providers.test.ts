import { describe, expect, test } from 'vitest';
import { providerSchema, unknownFact } from '../../../src/lib/providers/schema.ts';
import {
  aroundName,
  codeSpans,
  dialHref,
  hasDialCode,
  hasPublicRules,
  isUnknown,
  providerOutline,
  providerPath,
  providerTitle,
  providersByKind,
  questionsForSupport,
  sortProviders,
  staleProviders,
} from '../../../src/lib/providers/providers.ts';

const provider = (id: string, name: string, kind: '旅行 eSIM' | '当地运营商' | '购物平台') => ({
  id,
  data: { name, kind },
});

describe('sortProviders and providersByKind', () => {
  const mixed = [
    provider('nar', 'Nar', '当地运营商'),
    provider('shops', '平台店铺', '购物平台'),
    provider('ubigi', 'Ubigi', '旅行 eSIM'),
    provider('airalo', 'Airalo', '旅行 eSIM'),
  ];

  test('put travel sellers first, then operators, then platforms, by name within a kind', () => {
    // The helpers only read `kind` and `name`; the cast keeps the fixture small.
    const sorted = sortProviders(mixed as never[]) as typeof mixed;
    expect(sorted.map(({ id }) => id)).toEqual(['airalo', 'ubigi', 'nar', 'shops']);
    expect(mixed[0]!.id).toBe('nar');
  });

  test('group by kind and leave out a kind nobody has', () => {
    const groups = providersByKind(mixed.slice(0, 1).concat(mixed.slice(2)) as never[]) as {
      kind: string;
      providers: typeof mixed;
    }[];
    expect(groups.map(({ kind, providers }) => [kind, providers.map(({ id }) => id)])).toEqual([
      ['旅行 eSIM', ['airalo', 'ubigi']],
      ['当地运营商', ['nar']],
    ]);
  });
});

describe('staleProviders', () => {
  test('lists pages verified more than 180 days before today, oldest first, whatever the month lengths', () => {
    const pages = [
      { id: 'fresh', verified: '2026-11-29' },
      { id: 'edge', verified: '2026-06-02' }, // 180 days before 2026-11-29: not yet due
      { id: 'due', verified: '2026-06-01' }, // 181 days
      { id: 'old', verified: '2025-02-28' },
    ];
    expect(staleProviders(pages, '2026-11-29')).toEqual([
      { id: 'old', verified: '2025-02-28', daysAgo: 639 },
      { id: 'due', verified: '2026-06-01', daysAgo: 181 },
    ]);
  });

  test('counts a leap day as a day', () => {
    // 2 September to 1 March is 181 days across 29 February 2028, 180 in a common year.
    expect(staleProviders([{ id: 'leap', verified: '2027-09-02' }], '2028-02-29')).toEqual([]);
    expect(staleProviders([{ id: 'leap', verified: '2027-09-02' }], '2028-03-01')).toEqual([
      { id: 'leap', verified: '2027-09-02', daysAgo: 181 },
    ]);
    expect(staleProviders([{ id: 'common', verified: '2026-09-02' }], '2027-03-01')).toEqual([]);
  });
});

describe('providerOutline', () => {
  test('gives the fixed sections and every step an id, the editor’s headings before the sources', () => {
    const outline = providerOutline(
      [{ title: '打开 App' }, { title: '点 Top up 付款' }],
      [{ depth: 2, slug: '自动续订', text: '自动续订' }],
    );
    expect(outline.headings.map(({ depth, text, slug }) => `${depth} ${text} #${slug}`)).toEqual([
      '2 续费步骤 #续费步骤',
      '3 打开 App #打开-app',
      '3 点 Top up 付款 #点-top-up-付款',
      '2 续费规则 #续费规则',
      '2 怎样查剩余流量和到期时间 #怎样查剩余流量和到期时间',
      '2 联系客服 #联系客服',
      '2 自动续订 #自动续订',
      '2 来源 #来源',
    ]);
    expect(outline.stepIds).toEqual(['打开-app', '点-top-up-付款']);
  });

  test('asks the questions instead of the rules and the check on a page without public rules', () => {
    const outline = providerOutline([], [], false);
    expect(outline.headings.map(({ text }) => text)).toEqual(['续费步骤', '要问客服的问题', '联系客服', '来源']);
    expect(outline.sectionIds).toEqual({
      steps: '续费步骤',
      questions: '要问客服的问题',
      support: '联系客服',
      sources: '来源',
    });
  });

  test('never gives two headings the same id', () => {
    const outline = providerOutline(
      [{ title: '来源' }, { title: '来源' }],
      [{ depth: 2, slug: '联系客服', text: '联系客服' }],
    );
    const ids = outline.headings.map(({ slug }) => slug);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

test('codeSpans keeps the text and marks what was between backticks', () => {
  expect(codeSpans('拨 `*100#YES` 查流量，或 `*777#YES`')).toEqual([
    { text: '拨 ', isCode: false },
    { text: '*100#YES', isCode: true },
    { text: ' 查流量，或 ', isCode: false },
    { text: '*777#YES', isCode: true },
  ]);
  expect(codeSpans('没有代码')).toEqual([{ text: '没有代码', isCode: false }]);
});

test('providerTitle names the steps after the seller, spaced as the style guide asks', () => {
  expect(providerTitle('Airalo')).toBe('Airalo 续费步骤');
  expect(providerTitle('Trip.com（携程）')).toBe('Trip.com（携程）续费步骤');
  expect(providerTitle('淘宝、飞猪等平台店铺')).toBe('淘宝、飞猪等平台店铺续费步骤');
  expect(aroundName('去', 'Nar', '续费')).toBe('去 Nar 续费');
  expect(aroundName('问', 'Klook（客路）', '客服')).toBe('问 Klook（客路）客服');
});

describe('dialHref', () => {
  test('opens the dialer with the code before YES, # written %23', () => {
    expect(dialHref('*100#YES')).toBe('tel:*100%23');
    expect(dialHref('*777#7#YES')).toBe('tel:*777%237%23');
    expect(dialHref('*111*1*7#YES')).toBe('tel:*111*1*7%23');
    expect(dialHref('*110#')).toBe('tel:*110%23');
  });

  test('leaves alone what is not a dialable code', () => {
    expect(dialHref('*777#11#code#YES')).toBeNull();
    expect(dialHref('2112')).toBeNull();
    expect(dialHref('*100')).toBeNull();
    expect(dialHref('My eSIMs')).toBeNull();
    expect(hasDialCode(['拨 `*100#YES` 查流量'])).toBe(true);
    expect(hasDialCode(['拨 `*777#11#code#YES` 充值', '*100#YES 没有反引号'])).toBe(false);
  });
});

describe('hasPublicRules and questionsForSupport', () => {
  const rules: Parameters<typeof hasPublicRules>[0] = {
    renewable: unknownFact,
    joining: unknownFact,
    validityStarts: unknownFact,
    expiryClock: '看商品：按 GMT+8 的自然日。',
    afterExpiry: unknownFact,
    leftover: unknownFact,
    checkUsage: unknownFact,
    payment: ['Visa'],
    steps: [],
  };

  test('asks support one question per fact no source gives, in page order', () => {
    expect(questionsForSupport(rules)).toEqual([
      '这张 eSIM 能不能在同一张上续费（充值）？在 App 的哪里续？',
      '新买的套餐是和旧套餐叠加、排在后面，还是马上替换？',
      '新套餐的有效期从什么时候开始算？',
      '过期以后还能不能充值？能补救多久？',
      '到期时没用完的流量会怎样：作废，还是能转到下一个套餐？',
      '在哪里查剩余流量和到期时间？',
    ]);
  });

  test('shows the short form when there are no steps and most rules are unknown', () => {
    expect(hasPublicRules(rules)).toBe(false);
    expect(hasPublicRules({ ...rules, steps: [{ title: '打开 App', text: '点续费。' }] })).toBe(true);
    // Four of eight unknown shows the rules; five of eight asks the questions.
    expect(hasPublicRules({ ...rules, renewable: '可以', joining: '排队' })).toBe(true);
    expect(hasPublicRules({ ...rules, renewable: '可以' })).toBe(false);
  });
});

test('providerPath and isUnknown', () => {
  expect(providerPath('trip-com')).toBe('/providers/trip-com/');
  expect(isUnknown('没找到官方说明')).toBe(true);
  expect(isUnknown('未公开')).toBe(false);
  expect(isUnknown('可以')).toBe(false);
  expect(isUnknown(['没找到官方说明', 'Visa'])).toBe(false);
});

describe('providerSchema', () => {
  const valid = {
    name: '示例',
    kind: '购物平台',
    summary: '一个只用于测试的示例：通过原来的订单和店铺售后续费，不找陌生人代充，续费前先准备好订单号和 ICCID。',
    verified: '2026-11-29',
    renewable: '看产品',
    steps: [{ title: '打开原来的订单', text: '在订单里找店铺的售后入口。' }],
    joining: unknownFact,
    validityStarts: unknownFact,
    expiryClock: unknownFact,
    afterExpiry: unknownFact,
    leftover: unknownFact,
    checkUsage: unknownFact,
    payment: unknownFact,
    support: '原店铺的售后。',
    sources: [{ title: '一篇说明', url: 'https://example.org/a', checked: '2026-11-29', official: false }],
  };

  test('accepts 没找到官方说明 for every fact no source gives, and fills the defaults', () => {
    const data = providerSchema.parse(valid);
    expect(data.aliases).toEqual([]);
    expect(data.prepare).toEqual([]);
    expect(data.draft).toBe(false);
    expect(data.sources[0]!.archived).toBe(false);
  });

  test('refuses the old label 未公开: the site only knows it found nothing', () => {
    expect(providerSchema.safeParse({ ...valid, joining: '未公开' }).success).toBe(false);
    expect(providerSchema.safeParse({ ...valid, leftover: '未公开' }).success).toBe(false);
  });

  test('needs what happens to the leftover data, and a listed source for any answer but unknown', () => {
    const { leftover: _, ...withoutLeftover } = valid;
    expect(providerSchema.safeParse(withoutLeftover).success).toBe(false);
    const sourceUrl = valid.sources[0]!.url;
    expect(providerSchema.safeParse({ ...valid, leftover: '到期作废', leftoverSource: sourceUrl }).success).toBe(true);
    expect(providerSchema.safeParse({ ...valid, leftover: '到期作废' }).success).toBe(false);
    expect(
      providerSchema.safeParse({ ...valid, leftover: '到期作废', leftoverSource: 'https://example.org/not-listed' })
        .success,
    ).toBe(false);
    expect(providerSchema.safeParse({ ...valid, leftover: '作废' }).success).toBe(false);
  });

  test("reads a source's page date, stored copy and language, and refuses a page date after it was read", () => {
    const source = { ...valid.sources[0]!, pageDate: '2023-03-31', archived: true, language: '印地语' };
    const data = providerSchema.parse({ ...valid, sources: [source] });
    expect(data.sources[0]).toMatchObject({ pageDate: '2023-03-31', archived: true, language: '印地语' });
    expect(providerSchema.safeParse({ ...valid, sources: [{ ...source, pageDate: '2026-12-01' }] }).success).toBe(
      false,
    );
    expect(providerSchema.safeParse({ ...valid, sources: [{ ...source, pageDate: '2026-02-30' }] }).success).toBe(
      false,
    );
    expect(providerSchema.safeParse({ ...valid, sources: [{ ...source, archived: 'yes' }] }).success).toBe(false);
  });

  test('reads an unquoted YAML date as the calendar day written, in any time zone', () => {
    expect(providerSchema.parse({ ...valid, verified: new Date('2026-11-29T00:00:00Z') }).verified).toBe('2026-11-29');
  });

  test('allows no steps only when renewal is impossible, unknown, or per product with a note saying what was found', () => {
    expect(providerSchema.safeParse({ ...valid, renewable: '不能', steps: [] }).success).toBe(true);
    expect(providerSchema.safeParse({ ...valid, renewable: unknownFact, steps: [] }).success).toBe(true);
    expect(providerSchema.safeParse({ ...valid, renewable: '看产品', steps: [] }).success).toBe(false);
    const perProduct = { ...valid, renewable: '看产品', renewableNote: '一款商品页写明不能充值。', steps: [] };
    expect(providerSchema.safeParse(perProduct).success).toBe(true);
    expect(
      providerSchema.safeParse({ ...valid, renewable: '可以', renewableNote: '可以充值。', steps: [] }).success,
    ).toBe(false);
  });

  describe('renewLink, the official place where the renewal happens', () => {
    const official = {
      title: '示例官网：我的订单',
      url: 'https://example.org/orders',
      checked: '2026-11-29',
      official: true,
    };
    const withSource = { ...valid, sources: [official, ...valid.sources] };
    const renewLink = { url: official.url, where: '登录后在我的订单里点续费。' };
    const issue = (data: object) => providerSchema.safeParse(data).error?.issues[0];

    test('is optional, and accepted when it is one of the official sources', () => {
      expect(providerSchema.parse(valid).renewLink).toBeUndefined();
      expect(providerSchema.parse({ ...withSource, renewLink }).renewLink).toEqual(renewLink);
    });

    test.each([
      ['an address no source gives', { ...withSource, renewLink: { ...renewLink, url: 'https://example.org/guess' } }],
      ['a third-party source', { ...valid, renewLink: { ...renewLink, url: 'https://example.org/a' } }],
    ])('refuses %s, naming the field and the fix', (_, data) => {
      expect(issue(data)?.path.join('.')).toBe('renewLink.url');
      expect(issue(data)?.message).toMatch(/renewLink 的 url.*sources 里一个官方来源.*不要猜网址/);
    });

    test.each([
      ['http', { url: 'http://example.org/orders', where: '登录后点续费。' }, 'renewLink.url', /https:\/\//],
      ['no where', { url: official.url }, 'renewLink.where', /where（打开后去哪里点）/],
      ['an unknown key', { ...renewLink, app: 'x' }, 'renewLink', /未知字段 app/],
      ['a bare address', official.url, 'renewLink', /url 和 where/],
    ])('explains %s in Chinese', (_, value, path, message) => {
      const found = issue({ ...withSource, renewLink: value });
      expect(found?.path.join('.')).toBe(path);
      expect(found?.message).toMatch(message);
    });
  });
});
