import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { wcagTags } from '../support/axe.ts';
import { indexedText, isArticlePage, isTraditional } from '../support/built-site.ts';
import { builtPages } from '../support/dist.ts';
import { parseReminderCalendar } from '../support/icalendar.ts';
import { searchFor, searchResultLinks, showAllResults } from './fixtures.ts';

const site = 'https://azerbaijan-esim-guide.pages.dev';

/** Pages and their Traditional twins, with the h1 each shows. */
const twins = [
  { simplified: '/', traditional: '/zh-hant/', h1: ['eSIM 到期前按时续费，不断网', 'eSIM 到期前按時續費，不斷線'] },
  { simplified: '/renewal-steps/', traditional: '/zh-hant/renewal-steps/', h1: ['续费的四个步骤', '續費的四個步驟'] },
  { simplified: '/faq/', traditional: '/zh-hant/faq/', h1: ['常见问题', '常見問題'] },
  { simplified: '/search/', traditional: '/zh-hant/search/', h1: ['搜索指南', '搜尋指南'] },
];

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('the language switch keeps the reader on the same page', () => {
  for (const {
    simplified,
    traditional,
    h1: [simplifiedTitle, traditionalTitle],
  } of twins) {
    test(`${simplified} ⇄ ${traditional}`, async ({ page }) => {
      await page.goto(simplified);
      await page.getByRole('banner').getByRole('link', { name: '繁體中文' }).click();
      await expect(page).toHaveURL(traditional);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
      await expect(h1(page)).toHaveText(traditionalTitle!);

      await page.getByRole('banner').getByRole('link', { name: '简体中文' }).click();
      await expect(page).toHaveURL(simplified);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
      await expect(h1(page)).toHaveText(simplifiedTitle!);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('it is a plain link that works by keyboard', async ({ page }) => {
      await page.goto('/precautions/');
      const link = page.getByRole('banner').getByRole('link', { name: '繁體中文' });
      for (
        let presses = 0;
        presses < 15 && !(await link.evaluate((element) => element === document.activeElement));
        presses += 1
      ) {
        await page.keyboard.press('Tab');
      }
      await expect(link).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL('/zh-hant/precautions/');
      await expect(h1(page)).toHaveText('注意事項');
    });
  });
});

test.describe('the language switch keeps the reader’s place', () => {
  const switchTo = (page: Page, name: string) => page.getByRole('banner').getByRole('link', { name }).click();
  const fragmentOf = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash.slice(1)));

  test.describe('without JavaScript, as on every page without the reminder', () => {
    test.use({ javaScriptEnabled: false });

    test('a question of the FAQ: its #fragment, converted, both ways', async ({ page }) => {
      await page.goto(`/faq/#${encodeURIComponent('有效期按北京时间还是巴库时间算')}`);
      await switchTo(page, '繁體中文');
      await expect(page).toHaveURL(/\/zh-hant\/faq\/#/);
      expect(await fragmentOf(page)).toBe('有效期依台灣時間還是巴庫時間算');
      await expect(page.getByRole('heading', { level: 2, name: '有效期依台灣時間還是巴庫時間算？' })).toBeInViewport();

      await switchTo(page, '简体中文');
      await expect(page).toHaveURL(/\/faq\/#/);
      expect(new URL(page.url()).pathname).toBe('/faq/');
      expect(await fragmentOf(page)).toBe('有效期按北京时间还是巴库时间算');
      await expect(page.getByRole('heading', { level: 2, name: '有效期按北京时间还是巴库时间算？' })).toBeInViewport();
    });

    test('a section reached from the table of contents, whose id the conversion changes', async ({ page }) => {
      await page.goto('/zh-hant/renewal-steps/');
      // On a phone the contents fold into the bar above the text (the list beside it shows on wide screens only).
      const bar = page.locator('details', { has: page.getByText('本頁內容', { exact: true }) });
      await bar.getByText('本頁內容', { exact: true }).click();
      await bar.getByRole('link', { name: '透過官方管道付款' }).click();
      await switchTo(page, '简体中文');
      expect(await fragmentOf(page)).toBe('通过官方渠道付款');
      await expect(page.getByRole('heading', { level: 3, name: '通过官方渠道付款' })).toBeInViewport();
    });

    test('no fragment: the plain link, to the top of the page', async ({ page }) => {
      await page.goto('/precautions/');
      await switchTo(page, '繁體中文');
      await expect(page).toHaveURL('/zh-hant/precautions/');
    });
  });

  test('the reminder keeps the date the reader entered, and its section', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-02-10T02:30:00+04:00'));
    await page.goto('/#renewal-reminder');
    const reminder = page.locator('renewal-reminder');
    await reminder.getByLabel('套餐到期日').fill('2027-03-01');
    await reminder.getByRole('button', { name: '算出最晚续费日' }).click();
    await expect(reminder.getByRole('group', { name: /前续费/ })).toContainText('2027年2月22日', {
      useInnerText: true,
    });

    await switchTo(page, '繁體中文');
    await expect(page).toHaveURL('/zh-hant/#renewal-reminder');
    const traditional = page.locator('renewal-reminder');
    await expect(traditional.getByLabel('方案到期日')).toHaveValue('2027-03-01');
    await expect(traditional.getByRole('group', { name: /前續費/ })).toContainText('2027年2月22日', {
      useInnerText: true,
    });
  });
});

test.describe('hreflang alternates', () => {
  for (const path of ['/worked-example/', '/zh-hant/worked-example/']) {
    test(`${path} names both editions and x-default`, async ({ page }) => {
      await page.goto(path);
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`));
      expect(alternates).toEqual([
        `zh-Hans ${site}/worked-example/`,
        `zh-Hant ${site}/zh-hant/worked-example/`,
        `x-default ${site}/worked-example/`,
      ]);
    });
  }
});

test.describe('the renewal reminder speaks Traditional Chinese on /zh-hant/renewal-steps/', () => {
  // The same frozen morning as the reminder's own tests: Wednesday 10 February 2027 in Baku.
  test.use({ timezoneId: 'Asia/Baku' });
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-02-10T02:30:00+04:00'));
    await page.goto('/zh-hant/renewal-steps/');
  });

  const widget = (page: Page) => page.locator('renewal-reminder');
  const shown = { useInnerText: true };

  async function enter(page: Page, date: string) {
    await widget(page).getByLabel('方案到期日').fill(date);
    await widget(page).getByRole('button', { name: '算出最晚續費日' }).click();
  }

  test('a result, its calendar file and the link to the expired-plan section', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await enter(page, '2027-03-01');
    const status = widget(page).getByRole('group', { name: /續費|過期/ });
    await expect(status).toContainText('時間充足', shown);
    await expect(status).toContainText('2027年2月22日 星期一前續費', shown);
    await expect(status).toContainText('最晚續費日還有 12 天', shown);
    await expect(status).toContainText('把最晚續費日加到行事曆裡', shown);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      widget(page).getByRole('link', { name: '新增到行事曆' }).click(),
    ]);
    const event = parseReminderCalendar(await readFile(await download.path(), 'utf8'));
    expect(event.summary).toBe('續費亞塞拜然 eSIM（方案 2027年3月1日 星期一 到期）');
    expect(event.description).toContain(`${site}/zh-hant/renewal-steps/`);

    await enter(page, '2027-02-07');
    await expect(status).toContainText('方案已經過期 3 天', shown);
    await widget(page).getByRole('link', { name: '方案已經過期怎麼辦' }).click();
    await expect(page).toHaveURL(/\/zh-hant\/renewal-steps\/#/);
    await expect(page.getByRole('heading', { level: 2, name: '方案已經過期怎麼辦' })).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('an empty date gets the Traditional message', async ({ page }) => {
    await enter(page, '');
    await expect(widget(page).getByLabel('方案到期日', { exact: true })).toHaveAccessibleDescription(
      /請先填寫方案的到期日。/,
    );
  });
});

test.describe('search per edition', () => {
  /** The Traditional articles whose indexed text contains a word, read from dist/. */
  const traditionalArticles = builtPages().filter(
    ({ path, document }) => isTraditional(path) && isArticlePage(document),
  );
  const containing = (word: string) =>
    traditionalArticles.filter(({ document }) => indexedText(document).includes(word)).map(({ path }) => path);

  async function search(page: Page, path: string, query: string): Promise<{ found: string[]; complete: boolean }> {
    await page.goto(path);
    await searchFor(page, query);
    const complete = await showAllResults(page);
    const found = await searchResultLinks(page).evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    return { found, complete };
  }

  test('the Traditional search page finds 續費 in Traditional pages only, and says so in Traditional', async ({
    page,
  }) => {
    const expected = containing('續費');
    expect(expected.length).toBeGreaterThan(0);
    const { found, complete } = await search(page, '/zh-hant/search/', '續費');
    expect(expected).toEqual(expect.arrayContaining(found));
    // Beyond batchesListed batches (generated articles) the pages listed are checked, not the count.
    if (complete) expect(found.sort()).toEqual(expected.sort());
    await expect(page.getByRole('status')).toHaveText(
      complete ? `找到 ${expected.length} 篇與「續費」有關的指南。` : /^先列出/,
    );
    await expect(page.locator('site-search ol > li mark').first()).toBeVisible();
  });

  test('the Simplified search page finds only Simplified pages', async ({ page }) => {
    const { found } = await search(page, '/search/', '续费');
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter(isTraditional)).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the Traditional search page with results has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await search(page, '/zh-hant/search/', '儲值');
      const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(
        violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
});
