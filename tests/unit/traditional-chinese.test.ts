import { describe, expect, test } from 'vitest';
import {
  findSimplifiedOnlyCharacters,
  toTraditionalChinese,
  traditionalOverrides,
} from '../../src/lib/traditional-chinese';

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
  ];

  test('every override has a case here', () => {
    expect(cases).toHaveLength(traditionalOverrides.length);
  });

  test.each(cases)('%s → %s', (simplified, traditional) => {
    expect(toTraditionalChinese(simplified)).toBe(traditional);
  });
});

describe('findSimplifiedOnlyCharacters', () => {
  test('finds each Simplified-only character once', () => {
    expect(findSimplifiedOnlyCharacters('续费续费这门')).toEqual(['续', '费', '这', '门']);
  });

  test('finds none in converted text', () => {
    expect(findSimplifiedOnlyCharacters(toTraditionalChinese('这些门过了续费时间'))).toEqual([]);
  });
});
