import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { wcagTags } from '../support/axe';
import { lineProblems, parseReminderCalendar } from '../support/icalendar';
import { watchForErrors } from './fixtures';

/**
 * "Today" is frozen at 02:30 on Wednesday 10 February 2027 in Baku (UTC+4), when it is still the 9th
 * in UTC: a reminder that took today's date from UTC would be a day off. Every expected date below
 * is worked out by hand from the 10th.
 */
const NOW = new Date('2027-02-10T02:30:00+04:00');
test.use({ timezoneId: 'Asia/Baku' });

/** Compare what is shown: the hidden parts of the output are not read out or seen. */
const shown = { useInnerText: true };

const EXPIRED_SECTION = '/renewal-steps/#套餐已经过期怎么办';
const GUIDE_URL = 'https://azerbaijan-esim-guide.pages.dev/renewal-steps/';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

/** The widget's parts, found the way a reader finds them: by label, role and name. */
function reminder(page: Page) {
  const widget = page.locator('renewal-reminder');
  return {
    widget,
    date: widget.getByLabel('套餐到期日'),
    lead: widget.getByLabel('提前几天续费'),
    submit: widget.getByRole('button', { name: '算出最晚续费日' }),
    result: widget.getByRole('status'),
    calendar: widget.getByRole('link', { name: '添加到日历' }),
    forget: widget.getByRole('button', { name: '忘记这个日期' }),
    expiredHelp: widget.getByRole('link', { name: '套餐已经过期怎么办' }),
  };
}


async function enter(page: Page, date: string, lead = '7') {
  const parts = reminder(page);
  await parts.date.fill(date);
  await parts.lead.selectOption(lead);
  await parts.submit.click();
}

test.describe('each state shows the renew-by date, how far away it is and what to do', () => {
  const cases = [
    // expiry, lead, renew-by, distance, state in words, calendar offered, expired help shown
    { expiry: '2027-03-01', lead: '7', renewBy: '2027年2月22日 星期一', distance: '还有 12 天', state: '时间充足', calendar: true, help: false },
    { expiry: '2027-02-18', lead: '7', renewBy: '2027年2月11日 星期四', distance: '还有 1 天', state: '时间充足', calendar: true, help: false },
    { expiry: '2027-02-17', lead: '7', renewBy: '2027年2月10日 星期三', distance: '就是今天', state: '现在就续费', calendar: false, help: false },
    { expiry: '2027-02-24', lead: '14', renewBy: '2027年2月10日 星期三', distance: '就是今天', state: '现在就续费', calendar: false, help: false },
    { expiry: '2027-02-12', lead: '7', renewBy: '2027年2月5日 星期五', distance: '已经过去 5 天', state: '现在就续费', calendar: false, help: false },
    { expiry: '2027-02-10', lead: '10', renewBy: '2027年1月31日 星期日', distance: '已经过去 10 天', state: '套餐今天到期', calendar: false, help: false },
    { expiry: '2027-02-07', lead: '7', renewBy: '2027年1月31日 星期日', distance: '已经过去 10 天', state: '套餐已经过期', calendar: false, help: true },
  ];

  for (const { expiry, lead, renewBy, distance, state, calendar, help } of cases) {
    test(`expiry ${expiry}, lead ${lead} → ${state}, renew by ${renewBy}`, async ({ page }) => {
      const errors = watchForErrors(page);
      await page.goto('/');
      await enter(page, expiry, lead);
      const parts = reminder(page);
      await expect(parts.result).toContainText(state, shown);
      await expect(parts.result).toContainText(`最晚续费日：${renewBy}（${distance}）`, shown);
      await expect(parts.calendar).toBeVisible({ visible: calendar });
      await expect(parts.expiredHelp).toBeVisible({ visible: help });
      if (help) expect(await parts.expiredHelp.getAttribute('href')).toBe(EXPIRED_SECTION);
      await expect(parts.result).not.toContainText(/NaN|Invalid|undefined/, shown);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'no horizontal scrolling at 390 px').toBeLessThanOrEqual(390);
      expect(errors).toEqual([]);
    });
  }

  test('the widget works the same inside the four-steps article', async ({ page }) => {
    await page.goto('/renewal-steps/');
    await enter(page, '2027-03-01');
    await expect(reminder(page).result).toContainText('最晚续费日：2027年2月22日 星期一（还有 12 天）', shown);
  });
});

test.describe('bad input gets a Chinese message and no result', () => {
  test('an empty date', async ({ page }) => {
    await page.goto('/');
    await reminder(page).submit.click();
    await expect(reminder(page).result).toHaveText(/请.*到期日/, shown);
    await expect(reminder(page).result).not.toContainText('最晚续费日', shown);
    await expect(reminder(page).date).toHaveAttribute('aria-invalid', 'true');
  });

  for (const date of ['1999-12-31', '2101-01-01']) {
    test(`the out-of-range date ${date}`, async ({ page }) => {
      await page.goto('/');
      await enter(page, date);
      await expect(reminder(page).result).toHaveText(/2000 到 2100/, shown);
      await expect(reminder(page).result).not.toContainText('最晚续费日', shown);
    });
  }

  test('2025-02-30 typed where there is no date picker (a plain text field)', async ({ page }) => {
    await page.goto('/');
    await reminder(page).date.evaluate((input: HTMLInputElement) => (input.type = 'text'));
    await enter(page, '2025-02-30');
    await expect(reminder(page).result).toHaveText(/不存在/, shown);
    await expect(reminder(page).result).not.toContainText('最晚续费日', shown);
  });

  test('a half-typed date in the date field', async ({ page }) => {
    await page.goto('/');
    await reminder(page).date.focus();
    await page.keyboard.type('0230');
    await reminder(page).submit.click();
    await expect(reminder(page).result).toHaveText(/没有填完整/, shown);
  });

  test('a malformed date found in localStorage gives a message, is removed, and nothing crashes', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('renewal-reminder:expiry', '2025-02-30'));
    await page.reload();
    await expect(reminder(page).result).toHaveText(/保存的到期日无法读取/, shown);
    await expect(reminder(page).result).not.toContainText('最晚续费日', shown);
    expect(await page.evaluate(() => localStorage.getItem('renewal-reminder:expiry'))).toBeNull();
    expect(errors).toEqual([]);
  });
});

test('the calendar file downloads and parses as one all-day event with an alarm', async ({ page }) => {
  await page.goto('/');
  await enter(page, '2027-03-01');
  const [download] = await Promise.all([page.waitForEvent('download'), reminder(page).calendar.click()]);
  expect(download.suggestedFilename()).toBe('esim-renewal-2027-02-22.ics');
  const text = await readFile(await download.path(), 'utf8');
  expect(lineProblems(text)).toEqual([]);
  const event = parseReminderCalendar(text);
  expect(event).toMatchObject({ start: '2027-02-22', end: '2027-02-23', allDay: true });
  expect(event.stamp).toBe(NOW.toISOString());
  expect(event.summary).toContain('2027年3月1日 星期一');
  expect(event.description).toContain(GUIDE_URL);
  expect(event.alarm).toMatchObject({ action: 'DISPLAY', triggerSeconds: -15 * 3600 });
});

test('the last date is remembered across a reload, and forgotten on request', async ({ page }) => {
  await page.goto('/');
  await enter(page, '2027-03-01', '14');
  await page.reload();
  const parts = reminder(page);
  await expect(parts.date).toHaveValue('2027-03-01');
  await expect(parts.lead).toHaveValue('14');
  await expect(parts.result).toContainText('最晚续费日：2027年2月15日 星期一（还有 5 天）', shown);

  await parts.forget.click();
  await expect(parts.date).toHaveValue('');
  await expect(parts.date).toBeFocused();
  await expect(parts.result).toHaveText(/已经忘记/, shown);
  await expect(parts.forget).toBeHidden();
  await page.reload();
  await expect(parts.date).toHaveValue('');
  await expect(parts.result).toHaveText('', shown);
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({});
});

test('by keyboard alone: Tab to the date, type it, Enter, then download and forget', async ({ page }) => {
  await page.goto('/');
  const parts = reminder(page);
  await tabUntilFocused(page, parts.date);
  // Headless Chromium orders the date field month/day/year whatever the locale.
  await page.keyboard.type('03012027');
  await expect(parts.date).toHaveValue('2027-03-01');
  await page.keyboard.press('Enter');
  await expect(parts.result).toContainText('最晚续费日：2027年2月22日 星期一（还有 12 天）', shown);

  await tabUntilFocused(page, parts.calendar);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(parseReminderCalendar(await readFile(await download.path(), 'utf8')).start).toBe('2027-02-22');

  await tabUntilFocused(page, parts.forget);
  await page.keyboard.press('Enter');
  await expect(parts.result).toHaveText(/已经忘记/, shown);
  await expect(parts.date).toBeFocused();
});

/** Presses Tab until `target` has focus (failing after 25 presses), as a keyboard user would. */
async function tabUntilFocused(page: Page, target: ReturnType<typeof reminder>['date']) {
  for (let presses = 0; presses < 25; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('no request leaves the page after it has loaded', async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  await enter(page, '2027-03-01');
  const [download] = await Promise.all([page.waitForEvent('download'), reminder(page).calendar.click()]);
  await download.path();
  await enter(page, '2027-02-07');
  await reminder(page).submit.click();
  await reminder(page).forget.click();
  await enter(page, '');
  expect(requests).toEqual([]);
});

test.describe('axe finds no accessibility violations in the widget', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: before input, with a result in each colour and with an error`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      const scan = async (label: string) => {
        const { violations } = await new AxeBuilder({ page })
          .include('#renewal-reminder')
          .withTags(wcagTags)
          .analyze();
        expect(violations.map(({ id, nodes }) => `${label}: ${id} (${nodes.length})`)).toEqual([]);
      };
      await scan('empty form');
      for (const expiry of ['2027-03-01', '2027-02-12', '2027-02-07']) {
        await enter(page, expiry);
        await expect(reminder(page).result).toContainText('最晚续费日', shown);
        await scan(expiry);
      }
      await enter(page, '');
      await expect(reminder(page).result).toHaveText(/到期日/, shown);
      await scan('error');
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the widget area still states the rule, and shows no form that could not work', async ({ page }) => {
    await page.goto('/');
    const section = page.locator('#renewal-reminder');
    await expect(section).toContainText('最晚在套餐到期日的 7 天前续费');
    await expect(section.getByLabel('套餐到期日')).toBeHidden();
  });
});
