import { describe, expect, test } from 'vitest';
import {
  findSimplifiedOnlyCharacters,
  keptPhrases,
  overrideChanges,
  simplifiedOnlyCharacters,
  toTraditionalChinese,
  toTaiwan,
  toTraditionalDocument,
  toTraditionalId,
  toTraditionalWords,
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
    ['當地運營商', '当地运营商的预付费线路', '當地電信業者的預付卡門號'],
    ['運營商', '联系运营商', '聯絡電信業者'],
    ['充值', '用现金充值', '用現金儲值'],
    ['流量套餐', '购买流量套餐', '購買流量方案'],
    ['套餐', '选择续费套餐', '選擇續費方案'],
    ['例項', '续费实例', '續費實例'],
    ['程式碼', '用短代码查询流量', '用短代碼查詢流量'],
    ['余額', '由余额自动续订套餐', '由餘額自動續訂方案'],
    ['賬', '在账户里结账', '在帳戶裡結帳'],
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
    ['二維碼', '扫描二维码安装', '掃描 QR Code 安裝'],
    ['到賬', '在账户里结账，最长 30 分钟到账', '在帳戶裡結帳，最長 30 分鐘入帳'],
    ['渠道里', '只在官方渠道里付款', '只在官方管道裡付款'],
    ['管道里', '在付款管道里选择', '在付款管道裡選擇'],
    ['聊天群', '不要发到任何聊天群里', '不要發到任何群組裡'],
    ['聊天群組', '退出聊天群组', '退出群組'],
    ['掃碼', '要不要重新扫码', '要不要重新掃描 QR Code'],
    ['北京時間', '到期时刻按产品规定，北京时间', '到期時刻依產品規定，北京時間（UTC+8，與台灣相同）'],
    ['按北京時間', '这款产品按北京时间计算', '這款產品依北京時間（UTC+8，與台灣相同）計算'],
    ['北京時間（', '北京时间（UTC+8）', '台灣時間（UTC+8）'],
    ['按北京時間（', '有些旅行 eSIM 按北京时间（UTC+8）的自然日计算', '有些旅行 eSIM 依台灣時間（UTC+8）的曆日計算'],
    ['比北京時間', '比北京时间晚 4 小时', '比台灣時間晚 4 小時'],
    ['等於北京時間', '巴库时间等于北京时间减 4 小时', '巴庫時間等於台灣時間減 4 小時'],
    ['按北京時間還', '有效期按北京时间还是巴库时间算？', '有效期依台灣時間還是巴庫時間算？'],
    ['計算，北京時間', '按 GMT+8 计算，北京时间 23:59 到期', '按 GMT+8 計算，台灣時間 23:59 到期'],
    ['髮卡', '先确认发卡行是否开通了境外交易', '先確認發卡行是否開通了海外交易'],
    ['隻有', '也有只有一个卡槽的', '也有只有一個卡槽的'],
    ['隻能', '多半只能重新买一个', '多半只能重新買一個'],
    ['天后', '标准预付套餐 30 天后到期', '標準預付方案 30 天後到期'],
    ['計劃', '计划 2027 年 1 月离开', '計畫 2027 年 1 月離開'],
    ['釋出', '首次发布于 2026年11月25日', '首次發布於 2026年11月25日'],
    ['型別', '名称、类型、能否续费', '名稱、類型、能否續費'],
    ['後臺', '手机还会在后台保存最常用的页面', '手機還會在背景儲存最常用的頁面'],
    ['繫結', '绑定后不能换手机', '綁定後不能換手機'],
    ['重灌', '删除后一般不能重装', '刪除後一般不能重新安裝'],
    ['映象', '维基百科（离线镜像）', '維基百科（離線鏡像）'],
    ['激活', '要求下单后 90 天内装好并激活', '要求下單後 90 天內裝好並啟用'],
    ['質量', '只有出现网络质量问题', '只有出現網路品質問題'],
    ['報道', '据报道，2025 年底起', '據報導，2025 年底起'],
    ['門店', '带护照去 Azercell 门店办理', '帶護照去 Azercell 門市辦理'],
    ['幣種', '还要留意结账的币种', '還要留意結帳的幣別'],
    ['教程', '一篇 2024 年的图文教程', '一篇 2024 年的圖文教學'],
    ['報錯資訊', '付款时的报错信息', '付款時的錯誤訊息'],
    ['運營', '由当地公司运营', '由當地公司營運'],
    ['運營方', 'Ubigi 使用的网络运营方是 Transatel', 'Ubigi 使用的網路營運商是 Transatel'],
    ['流量包', '另买的流量包要等资费用完', '另買的上網方案要等資費用完'],
    ['月度流量包', '多数月度流量包到期会自动续', '多數月租上網方案到期會自動續'],
    ['月度', '取消月度订阅', '取消每月訂閱'],
    ['當地線路', '带护照去办当地线路', '帶護照去辦當地門號'],
    ['一條當地線路', '带护照办一条当地线路', '帶護照辦一個當地門號'],
    ['預付費', '当地运营商的预付费怎么充值？', '當地電信業者的預付卡怎麼儲值？'],
    ['預付費線路', '预付费线路能不能用', '預付卡門號能不能用'],
    ['幫助中心', '据官方帮助中心', '據官方說明中心'],
    ['訂單號', '保留订单号和付款凭证', '保留訂單編號和付款憑證'],
    ['核實', '本站没有核实到', '本站沒有查證到'],
    ['支付終端', '也可以去支付终端', '也可以去自助繳費機'],
    ['繳費終端', '能在缴费终端、银行和邮局充值', '能在自助繳費機、銀行和郵局儲值'],
    ['終端充值', '线上和终端充值最长 30 分钟', '線上和繳費機儲值最長 30 分鐘'],
    ['自帶', '手机自带的流量统计更及时', '手機內建的流量統計更及時'],
    ['資費自帶', '要等资费自带的流量用完', '要等資費內含的流量用完'],
    ['選中', '打开 Manage，选中正在用的套餐', '開啟 Manage，點選正在用的方案'],
    ['自然日', '按 GMT+8 自然日计算', '按 GMT+8 曆日計算'],
    ['自然月', '从那天起算，不按自然月', '從那天起算，不按曆月'],
    ['夏令時', '2016 年起不再实行夏令时', '2016 年起不再實行夏令時間'],
    ['夏令時間', '夏令时间已经取消', '夏令時間已經取消'],
    ['回到頂部', '回到顶部', '回到頁首'],
    ['報告內容錯誤', '报告内容错误', '回報內容錯誤'],
    ['境外交易', '开通这张卡的境外交易', '開通這張卡的海外交易'],
    ['境外網上支付', '先打开这张卡的境外网上支付', '先開啟這張卡的海外線上交易'],
    ['網上交易', '银行有时会拒绝网上交易', '銀行有時會拒絕線上交易'],
    ['境外的', '拒绝境外的交易', '拒絕海外的交易'],
    [
      '境外手機',
      'AzInTelecom 关于境外手机 30 天内登记 IMEI 的说明',
      'AzInTelecom 關於海外手機 30 天內登記 IMEI 的說明',
    ],
    ['在境外安裝', '能否在境外安装海外的旅行 eSIM', '能否在中國大陸以外安裝海外的旅行 eSIM'],
    ['在境外能收', '确认国内号码在境外能收到短信', '確認原本的號碼在國外能收到簡訊'],
    ['臺', '一款从台湾出售的商品', '一款從台灣出售的商品'],
    ['怎樣', '又怎样确认续费成功', '又如何確認續費成功'],
    ['怎樣給', '怎样给余额充值', '如何為餘額儲值'],
    ['怎樣查', '怎样查剩余流量和到期时间', '如何查詢剩餘流量和到期時間'],
    ['會怎樣', '用完的流量会怎样', '用完的流量會怎麼樣'],
    ['給餘額', '先给余额充值', '先為餘額儲值'],
    ['給預付費餘額', '续费是给预付费余额充值', '續費是為預付卡餘額儲值'],
    ['給線路餘額', '可以先给线路余额充值', '可以先為門號餘額儲值'],
    ['給同一個', '给同一个 eSIM 再买一个套餐', '為同一個 eSIM 再買一個方案'],
    ['給同一張', '给同一张 eSIM 续费', '為同一張 eSIM 續費'],
    ['給原來', '给原来的手机办理', '為原來的手機辦理'],
    ['給正在用的', '给正在用的套餐续订', '為正在用的方案續訂'],
    ['給手機裡', '给手机里这个 eSIM 续费', '為手機裡這個 eSIM 續費'],
    ['給亞塞拜然', '在到期前给阿塞拜疆 eSIM 续费', '在到期前為亞塞拜然 eSIM 續費'],
    ['給手機做', '30 天内给手机做 IMEI 登记', '30 天內為手機做 IMEI 登記'],
    ['給你續費', '商家给你续费时', '商家為你續費時'],
    ['按什麼時間', '到期按什么时间算', '到期依什麼時間算'],
    ['按哪個時區', '到期按哪个时区算', '到期依哪個時區算'],
    ['按產品規定', '到期时刻按产品规定的时区计算', '到期時刻依產品規定的時區計算'],
    ['按別的時區', '到期按别的时区计算', '到期依別的時區計算'],
    ['按商家說明', '按商家说明操作', '依商家說明操作'],
    ['按商品而定', '能否续费按商品而定', '能否續費依商品而定'],
    ['按自己的', '每个流量包按自己的有效期计算', '每個上網方案依自己的有效期計算'],
    ['按運營商', '按运营商的漫游资费另外付费', '依電信業者的漫遊資費另外付費'],
    ['有的按', '有的按天数计算', '有的依天數計算'],
    ['起按', '从激活那一刻起按 24 小时计算', '從啟用那一刻起依 24 小時計算'],
    ['按順序', '按顺序检查', '依序檢查'],
    ['按手機價值', '费用按手机价值分档', '費用依手機價值分檔'],
    ['續費步驟', 'Airalo 续费步骤', 'Airalo 續約與儲值步驟'],
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

describe('a Latin word an override writes (QR Code)', () => {
  test('is spaced from Chinese on either side, not from punctuation, and not in the words the search tables use', () => {
    expect(toTraditionalChinese('扫描二维码安装，不要转发二维码。')).toBe('掃描 QR Code 安裝，不要轉發 QR Code。');
    expect(toTraditionalWords('扫描二维码安装')).toBe('掃描QR Code安裝');
  });

  test('is hyphenated in ids and links, alike in the page and in the language switch', () => {
    expect(toTraditionalId('二维码和验证码不给任何人')).toBe('QR-Code-和驗證碼不給任何人');
    expect(
      toTraditionalDocument(
        '<a href="/precautions/#二维码和验证码">二维码和验证码</a><h2 id="二维码和验证码">二维码</h2>',
      ),
    ).toBe('<a href="/precautions/#QR-Code-和驗證碼">QR Code 和驗證碼</a><h2 id="QR-Code-和驗證碼">QR Code</h2>');
  });
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
