import { describe, expect, test } from 'vitest';
import {
  findSimplifiedOnlyCharacters,
  keptPhrases,
  overrideChanges,
  simplifiedOnlyCharacters,
  toTraditionalChinese,
  toTaiwan,
  toTraditionalDocument,
  traditionalOverrides,
  unconvertedHtml,
} from '../../../src/lib/editions/traditional-chinese.ts';
import { contentArticles } from '../../support/content.ts';
import { parseDocument } from '../../support/html.ts';

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
  // One row per entry of traditionalOverrides: the override (what s2twp writes), a sentence of the
  // guide in Simplified, and how a Taiwanese editor writes it.
  const rows: [string, string, string][] = [
    ['資料漫遊', '打开数据漫游', '開啟數據漫遊'],
    ['行動資料', '打开行动数据', '開啟行動數據'],
    ['當地運營商', '当地运营商的预付费线路', '當地電信業者的預付費線路'],
    ['運營商', '联系运营商', '聯絡電信業者'],
    ['充值', '给余额充值', '給餘額儲值'],
    ['流量套餐', '购买流量套餐', '購買流量方案'],
    ['套餐', '选择续费套餐', '選擇續費方案'],
    ['二維碼', '扫描二维码安装', '掃描行動條碼安裝'],
    ['例項', '续费实例', '續費實例'],
    ['程式碼', '用短代码查询流量', '用短代碼查詢流量'],
    ['余額', '由余额自动续订套餐', '由餘額自動續訂方案'],
    ['賬', '在账户里结账，最长 30 分钟到账', '在帳戶裡結帳，最長 30 分鐘到帳'],
    ['打開', '没有网络时打开了一个页面', '沒有網路時開啟了一個頁面'],
    ['蜂窩網路', '在蜂窝网络里打开数据漫游', '在行動服務裡開啟數據漫遊'],
    ['蜂窩資料', '打开蜂窝数据', '開啟行動數據'],
    ['檢視', '在官网查看订单', '在官網查看訂單'],
    ['渠道', '只走官方渠道', '只走官方管道'],
    ['營業廳', '去 Nar 营业厅', '去 Nar 門市'],
    ['酒店', '找酒店的 Wi-Fi', '找飯店的 Wi-Fi'],
    ['按周', '按天、按周、按月', '按天、按週、按月'],
    ['自動取款機', '用自动取款机充值', '用自動提款機儲值'],
    ['手機銀行', '在手机银行里开通', '在行動銀行裡開通'],
    ['指南里', '在全部指南里搜索', '在全部指南裡搜尋'],
    ['通過', '通过官方渠道付款', '透過官方管道付款'],
    ['通過稽核', '通过审核后才能激活', '通過稽核後才能啟用'],
    ['稽核通過', '实名审核通过', '實名稽核通過'],
    ['通過驗證', '通过验证后付款', '通過驗證後付款'],
    ['驗證通過', '身份验证通过', '身份驗證通過'],
    ['檢查通過', 'IMEI 检查通过', 'IMEI 檢查通過'],
    ['通過檢查', '手机通过检查', '手機通過檢查'],
    ['申請通過', '退款申请通过后', '退款申請通過後'],
    ['聯網', '安装时手机都要联网', '安裝時手機都要連網'],
    ['網上', '从网上下载一份配置文件', '從網路上下載一份設定檔'],
    ['官網上', '只在官方 App、官网上进行', '只在官方 App、官網上進行'],
    ['斷網', '按时续费、不断网', '按時續費、不斷線'],
    ['沒網', '付款时没网', '付款時沒網路'],
    ['沒網路', '没网络也能读', '沒網路也能讀'],
    ['郵箱', '确认邮箱里收到了购买确认邮件', '確認電子郵件信箱裡收到了購買確認郵件'],
    ['重啟', '重启路由器', '重新啟動路由器'],
    ['重啟手機', '开关一次飞行模式或重启手机', '開關一次飛航模式或重新開機'],
    ['撥號盤', '在拨号盘输入 *#06#', '在撥號鍵盤輸入 *#06#'],
    ['基帶', '锁在手机的基带里', '鎖在手機的基頻裡'],
    ['配置檔案', '一般由配置文件自动设置', '一般由設定檔自動設定'],
    ['接入點', '再核对接入点', '再核對存取點'],
    ['伺服器地址', '激活码里有服务器地址', '啟用碼裡有伺服器位址'],
    ['這個地址', '这个地址没有内容', '這個網址沒有內容'],
    ['地址和啟用碼', '填入 SM-DP+ 地址和激活码', '填入 SM-DP+ 位址和啟用碼'],
    ['聊天群', '不要发到任何聊天群里', '不要發到任何聊天群組裡'],
    ['聊天群組', '退出聊天群组', '退出聊天群組'],
    ['社交平臺', '社交平台上有人说能代充', '社群平台上有人說能代儲'],
    ['銀行卡', '在结账页用银行卡付款', '在結帳頁用金融卡／信用卡付款'],
    ['境外支付', '在手机银行里开通境外支付', '在行動銀行裡開通海外刷卡'],
    ['移動支付', '商家支持移动支付', '商家支援行動支付'],
    ['風控', '银行的风控有时会拒绝交易', '銀行的風險控管有時會拒絕交易'],
    ['售後', '也没有官方售后', '也沒有官方售後服務'],
    ['售後服務', '联系售后服务', '聯絡售後服務'],
    ['返現', '有的返现余额会过期', '有的現金回饋餘額會過期'],
    ['積分', '只退成账户余额、积分', '只退成帳戶餘額、點數'],
    ['日曆', '记进了手机日历', '記進了手機行事曆'],
    ['掃碼', '要不要重新扫码', '要不要重新掃描行動條碼'],
    ['掃不了碼', '扫不了码时手动输入', '無法掃描時手動輸入'],
    ['當前', '确认当前套餐的有效期', '確認目前方案的有效期'],
    ['大白話', '用大白话讲清 eSIM 是什么', '用淺白的話講清 eSIM 是什麼'],
    ['錄入', '登记资料录入统一数据库', '登記資料輸入統一資料庫'],
    ['訪問', '全部指南在第一次访问后都已保存', '全部指南在第一次造訪後都已儲存'],
    ['關鍵詞', '常用关键词', '常用關鍵字'],
    ['錯別字', '检查有没有错别字', '檢查有沒有錯字'],
    ['在頁面中查詢', '用浏览器的“在页面中查找”功能', '用瀏覽器的「在頁面中尋找」功能'],
    ['保存於', '离线副本，保存于 2026年12月6日', '離線副本，儲存於 2026年12月6日'],
    ['拿不準', '拿不准就准备一个备用办法', '不確定就準備一個備用辦法'],
    ['富餘', '覆盖离境那天还有富余', '覆蓋離境那天還有餘裕'],
    ['充到了', '钱是否真的充到了你的线路上', '錢是否真的儲值到了你的線路上'],
    ['加油包', '购买续费套餐或加油包', '購買續費方案或加購包'],
    ['不限流量', '不限流量的套餐会降速', '吃到飽的方案會降速'],
    ['代充', '不要把钱付给私人代充', '不要把錢付給私人代儲'],
    ['電子政務門戶', '电子政务门户 e-gov.az', '電子化政府入口網站 e-gov.az'],
    ['› 通用 ›', '打开“设置 › 通用 › 关于本机”', '開啟「設定 › 一般 › 關於本機」'],
    ['蜂窩網路 › 新增', '“设置 › 蜂窝网络 › 添加 eSIM”', '「設定 › 行動服務 › 加入 eSIM」'],
    ['運營商鎖', '“运营商锁”一项应显示“无 SIM 卡限制”', '「電信業者鎖定」一項應顯示「無 SIM 卡限制」'],
    ['北京時間', '巴库时间等于北京时间减 4 小时', '巴庫時間等於台北時間減 4 小時'],
    ['國行', '国行 iPhone Air 有 eSIM', '中國大陸版 iPhone Air 有 eSIM'],
    ['國行版本', '国行版本只有实体卡槽', '中國大陸版本只有實體卡槽'],
    ['國產安卓機', '荣耀等国产安卓机', '榮耀等中國品牌安卓手機'],
    ['國產安卓', '国行 iPhone 或国产安卓，能用 eSIM 吗？', '中國大陸版 iPhone 或中國品牌安卓手機，能用 eSIM 嗎？'],
    ['境外版本', '港版、美版等境外版本', '港版、美版等中國大陸以外的版本'],
    ['國內號碼', '国内号码留在实体卡上', '原本的號碼留在實體卡上'],
    ['國內實體卡', '国内实体卡关闭数据漫游', '原本的實體卡關閉數據漫遊'],
    ['國內運營商', '避免国内运营商的漫游费', '避免原本電信業者的漫遊費'],
    ['國內卡', '关掉国内卡的数据漫游', '關掉原本的手機卡的數據漫遊'],
    ['國內手機卡', '免得国内手机卡也在用流量', '免得原本的手機卡也在用流量'],
    ['國內銀行卡', '用国内银行卡付款被拒', '用中國大陸的金融卡／信用卡付款被拒'],
    ['國內發行', '用国内发行的银行卡续费', '用中國大陸發行的金融卡／信用卡續費'],
    ['“', '不要找“代充', '不要找「代儲'],
    ['”', '代充”的人', '代儲」的人'],
    ['‘', '显示‘已过期', '顯示『已過期'],
    ['’', '已过期’后', '已過期』後'],
  ];

  test('every override has exactly one row here', () => {
    expect(rows.map(([override]) => override).sort()).toEqual(traditionalOverrides.map(([wrong]) => wrong).sort());
  });

  test.each(rows)('%s: %s → %s', (override, simplified, traditional) => {
    const taiwan = toTaiwan(simplified);
    expect(taiwan, 'the row shows a sentence where OpenCC writes the term').toContain(override);
    expect(toTraditionalChinese(simplified)).toBe(traditional);
  });

  test.each(rows.filter(([override]) => !keptPhrases.includes(override)))(
    '%s is what changes in “%s”',
    (override, simplified) => {
      expect(overrideChanges(toTaiwan(simplified)).map(({ from }) => from)).toContain(override);
    },
  );

  test.each(keptPhrases.map((phrase) => [phrase]))(
    '%s is kept whole: the shorter override inside it does not apply',
    (phrase) => {
      expect(toTraditionalChinese(phrase)).toBe(phrase);
      expect(overrideChanges(phrase)).toEqual([]);
    },
  );
});

describe('overrideChanges', () => {
  test('lists what the overrides changed, in order, and nothing they kept', () => {
    expect(overrideChanges('通過稽核後，通過官方管道付款，記進日曆')).toEqual([
      { from: '通過', to: '透過' },
      { from: '日曆', to: '行事曆' },
    ]);
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
    expect(
      toTraditionalDocument('<rss><channel><title>续费指南</title><language>zh-Hant</language></channel></rss>'),
    ).toBe('<rss><channel><title>續費指南</title><language>zh-Hant</language></channel></rss>');
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
