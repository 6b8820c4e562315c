import { describe, expect, test } from 'vitest';
import {
  findSimplifiedOnlyCharacters,
  simplifiedOnlyCharacters,
  toTraditionalChinese,
  toTraditionalDocument,
  traditionalOverrides,
  unconvertedHtml,
} from '../../src/lib/traditional-chinese';
import { contentArticles } from '../support/content';
import { parseDocument } from '../support/html';

describe('toTraditionalChinese', () => {
  test.each([
    ['续费的四个步骤', '續費的四個步驟'],
    ['确认有效期和剩余流量', '確認有效期和剩餘流量'],
    ['软件和网络', '軟體和網路'],
    ['2026年12月1日 星期二', '2026年12月1日 星期二'],
    ['eSIM 卡和 ICCID', 'eSIM 卡和 ICCID'],
  ])('%s → %s', (simplified, traditional) => {
    expect(toTraditionalChinese(simplified)).toBe(traditional);
  });
});

describe('each override fixes a term for Taiwanese readers', () => {
  // One row per entry of traditionalOverrides: the Simplified source and the expected Taiwan wording.
  const cases: [string, string][] = [
    ['打开数据漫游', '開啟數據漫遊'],
    ['关闭移动数据', '關閉行動數據'],
    ['当地运营商的预付费线路', '當地電信業者的預付費線路'],
    ['联系运营商', '聯絡電信業者'],
    ['给余额充值', '給餘額儲值'],
    ['购买流量套餐', '購買流量方案'],
    ['选择续费套餐', '選擇續費方案'],
    ['扫描二维码安装', '掃描行動條碼安裝'],
    ['续费实例', '續費實例'],
    ['用短代码查询流量', '用短代碼查詢流量'],
    ['由余额自动续订套餐', '由餘額自動續訂方案'],
    ['在账户里结账，最长 30 分钟到账', '在帳戶裡結帳，最長 30 分鐘到帳'],
    ['没有网络时打开了一个页面', '沒有網路時開啟了一個頁面'],
    ['设置 › 蜂窝网络 › 添加 eSIM', '設定 › 行動服務 › 新增 eSIM'],
    ['在官网查看订单', '在官網查看訂單'],
    ['只走官方渠道', '只走官方管道'],
    ['去 Nar 营业厅', '去 Nar 門市'],
    ['找酒店的 Wi-Fi', '找飯店的 Wi-Fi'],
    ['按天、按周、按月', '按天、按週、按月'],
    ['用自动取款机充值', '用自動提款機儲值'],
    ['在手机银行里开通境外支付', '在行動銀行裡開通境外支付'],
    ['在全部指南里搜索', '在全部指南裡搜尋'],
    ['不要找“代充', '不要找「代充'],
    ['代充”的人', '代充」的人'],
    ['显示‘已过期', '顯示『已過期'],
    ['已过期’后', '已過期』後'],
  ];

  test('every override has a case here', () => {
    expect(cases).toHaveLength(traditionalOverrides.length);
  });

  test.each(traditionalOverrides.map(([wrong, right]) => [wrong, right]))('%s → %s shows in a case', (_, right) => {
    expect(cases.some(([, expected]) => expected.includes(right))).toBe(true);
  });

  test.each(cases)('%s → %s', (simplified, traditional) => {
    expect(toTraditionalChinese(simplified)).toBe(traditional);
  });
});

describe('findSimplifiedOnlyCharacters', () => {
  test('finds each Simplified-only character once', () => {
    expect(findSimplifiedOnlyCharacters('续费续费这门')).toEqual(['续', '费', '这', '门']);
  });

  test('lists only characters the conversion replaces', () => {
    expect(findSimplifiedOnlyCharacters(toTraditionalChinese(simplifiedOnlyCharacters))).toEqual([]);
  });

  test('leaves alone characters Taiwan writes too', () => {
    expect(findSimplifiedOnlyCharacters('皇后、公里、准許、茶几、群組、划算、游泳、位置、臺灣')).toEqual([]);
  });

  test('finds none in converted text', () => {
    expect(findSimplifiedOnlyCharacters(toTraditionalChinese('这些门过了续费时间'))).toEqual([]);
  });
});

describe('toTraditionalDocument', () => {
  test('converts the text, attributes and JSON-LD of a page, but not the code of its scripts and styles', () => {
    const page = [
      '<html lang="zh-Hant"><head><title>续费</title><meta name="description" content="选择套餐">',
      '<script type="application/ld+json">{"name":"续费的四个步骤"}</script>',
      '<style>.a::after{content:"续费"}</style></head>',
      '<body><a href="#套餐已经过期怎么办">套餐已经过期怎么办</a><h2 id="套餐已经过期怎么办">过期</h2>',
      '<x-widget data-wording="{&quot;a&quot;:&quot;时间充足&quot;}"></x-widget>',
      '<script type="module">status.textContent = "续费";</script></body></html>',
    ].join('');
    expect(toTraditionalDocument(page)).toBe(
      [
        '<html lang="zh-Hant"><head><title>續費</title><meta name="description" content="選擇方案">',
        '<script type="application/ld+json">{"name":"續費的四個步驟"}</script>',
        '<style>.a::after{content:"续费"}</style></head>',
        '<body><a href="#方案已經過期怎麼辦">方案已經過期怎麼辦</a><h2 id="方案已經過期怎麼辦">過期</h2>',
        '<x-widget data-wording="{&quot;a&quot;:&quot;時間充足&quot;}"></x-widget>',
        '<script type="module">status.textContent = "续费";</script></body></html>',
      ].join(''),
    );
  });

  test.each(contentArticles().map(({ file, text }) => [file, text]))(
    'skipping the ASCII between Chinese runs changes nothing in content/%s',
    (_, text) => {
      expect(toTraditionalDocument(text)).toBe(toTraditionalChinese(text));
    },
  );

  test('converts an RSS feed', () => {
    expect(toTraditionalDocument('<rss><channel><title>续费指南</title><language>zh-Hant</language></channel></rss>')).toBe(
      '<rss><channel><title>續費指南</title><language>zh-Hant</language></channel></rss>',
    );
  });
});

describe('unconvertedHtml', () => {
  test('survives the conversion and reads as the text it was given', () => {
    const html = `<a lang="zh-Hans">${unconvertedHtml('简体中文')}</a>`;
    expect(toTraditionalDocument(html)).toBe(html);
    expect(parseDocument(html).querySelector('a')?.textContent).toBe('简体中文');
  });

  test('escapes markup characters', () => {
    expect(parseDocument(`<p>${unconvertedHtml('<b>&"')}</p>`).querySelector('p')?.textContent).toBe('<b>&"');
  });
});
