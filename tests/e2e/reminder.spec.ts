import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { siteConfig } from '../../src/site.config.ts';
import { wcagTags } from '../support/axe.ts';
import { lineProblems, parseReminderCalendar } from '../support/icalendar.ts';
import { watchForErrors } from './fixtures.ts';

/**
 * "Today" is frozen at 02:30 on Wednesday 10 February 2027 in Baku (UTC+4), when it is still the 9th
 * in UTC: a reminder that took today's date from UTC would be a day off. Every expected date below
 * is worked out by hand from the 10th.
 */
const NOW = new Date('2027-02-10T02:30:00+04:00');
/** `NOW` as the reader's calendar date in Baku. */
const TODAY = '2027-02-10';
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
    result: widget.getByRole('group', { name: /续费|充值/ }),
    headline: widget.locator('#renewal-headline'),
    message: widget.getByRole('status'),
    finder: widget.getByRole('link', { name: siteConfig.providerFinderName }),
    steps: widget.getByRole('link', { name: '按四个步骤续费' }),
    startMode: widget.getByLabel('按开始日期和天数'),
    start: widget.getByLabel('开始使用日期'),
    days: widget.getByLabel('套餐天数'),
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

test.describe('each state shows the renew-by date or what to do now, where the date stands and the advice', () => {
  // expiry, lead, headline, where the renew-by date stands, state in words (none once the headline is the action),
  // calendar offered, expired help shown
  const cases = [
    ['2027-03-01', '7', '2027年2月22日 星期一前续费', '最晚续费日还有 12 天', '时间充足', true, false],
    ['2027-02-21', '7', '2027年2月14日 星期日前续费', '最晚续费日还有 4 天', '时间充足', true, false],
    ['2027-02-20', '7', '2027年2月13日 星期六前续费', '最晚续费日还有 3 天', '快到续费日了', true, false],
    ['2027-02-18', '7', '2027年2月11日 星期四前续费', '最晚续费日还有 1 天', '快到续费日了', true, false],
    ['2027-02-17', '7', '今天就续费', '最晚续费日就是今天', '', false, false],
    ['2027-02-24', '14', '今天就续费', '最晚续费日就是今天', '', false, false],
    ['2027-02-12', '7', '今天就续费', '最晚续费日是 2027年2月5日 星期五，已经过去 5 天', '', false, false],
    ['2027-02-10', '10', '今天到期：马上续费', '最晚续费日是 2027年1月31日 星期日，已经过去 10 天', '', false, false],
    [
      '2027-02-07',
      '7',
      '套餐已过期：先看还能不能充值',
      '最晚续费日是 2027年1月31日 星期日，已经过去 10 天',
      '',
      false,
      true,
    ],
  ] as const;

  for (const [expiry, lead, headline, distance, state, calendar, help] of cases) {
    test(`expiry ${expiry}, lead ${lead} → ${headline}`, async ({ page }) => {
      const errors = watchForErrors(page);
      await page.goto('/');
      await enter(page, expiry, lead);
      const parts = reminder(page);
      await expect(parts.headline).toHaveText(headline, shown);
      await expect(parts.result).toHaveAccessibleName(state ? `${state} ${headline}` : headline);
      await expect(parts.result).toContainText(distance, shown);
      await expect(parts.calendar).toBeVisible({ visible: calendar });
      await expect(parts.expiredHelp).toBeVisible({ visible: help });
      if (help) expect(await parts.expiredHelp.getAttribute('href')).toBe(EXPIRED_SECTION);
      // Every state but 时间充足 leads on: to the reader's renewal entry and to the four steps.
      const actions = state !== '时间充足';
      await expect(parts.finder).toBeVisible({ visible: actions });
      await expect(parts.steps).toBeVisible({ visible: actions });
      if (actions) {
        await expect(parts.finder).toHaveAttribute('href', siteConfig.providerFinderPath);
        await expect(parts.steps).toHaveAttribute('href', siteConfig.renewalStepsSectionPath);
      }
      if (state !== '时间充足') await expect(parts.result).not.toContainText('充足', shown);
      await expect(parts.result).not.toContainText(/NaN|Invalid|undefined/, shown);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'no horizontal scrolling at 390 px').toBeLessThanOrEqual(390);
      expect(errors).toEqual([]);
    });
  }

  test('the widget works the same inside the four-steps article', async ({ page }) => {
    await page.goto('/renewal-steps/');
    await enter(page, '2027-03-01');
    await expect(reminder(page).headline).toHaveText('2027年2月22日 星期一前续费', shown);
  });
});

test.describe('bad input gets a Chinese message and no result', () => {
  test('an empty date', async ({ page }) => {
    await page.goto('/');
    await reminder(page).submit.click();
    await expectFieldError(reminder(page).date, /请.*到期日/);
    await expect(reminder(page).result).toBeHidden();
  });

  for (const date of ['1999-12-31', '2101-01-01']) {
    test(`the out-of-range date ${date}`, async ({ page }) => {
      await page.goto('/');
      await enter(page, date);
      await expectFieldError(reminder(page).date, /2000 到 2100/);
      await expect(reminder(page).result).toBeHidden();
    });
  }

  test('2025-02-30 typed where there is no date picker (a plain text field)', async ({ page }) => {
    await page.goto('/');
    await reminder(page).date.evaluate((input: HTMLInputElement) => (input.type = 'text'));
    await enter(page, '2025-02-30');
    await expectFieldError(reminder(page).date, /不存在/);
    await expect(reminder(page).result).toBeHidden();
  });

  test('a half-typed date in the date field', async ({ page }) => {
    await page.goto('/');
    await reminder(page).date.focus();
    await page.keyboard.type('0230');
    await reminder(page).submit.click();
    await expectFieldError(reminder(page).date, /没有填完整/);
  });

  test('start-date mode: a missing start date and a plan length out of range, each at its own field', async ({
    page,
  }) => {
    await page.goto('/');
    const parts = reminder(page);
    await parts.startMode.check();
    await parts.days.fill('30');
    await parts.submit.click();
    await expectFieldError(parts.start, /请先填写开始使用日期/);
    await expect(parts.days).not.toHaveAttribute('aria-invalid', 'true');

    await parts.start.fill('2027-02-01');
    await parts.days.fill('366');
    await parts.submit.click();
    await expectFieldError(parts.days, /1 到 365/);
    await expect(parts.start).not.toHaveAttribute('aria-invalid', 'true');
    await expect(parts.result).toBeHidden();

    await parts.days.fill('30');
    await parts.submit.click();
    await expect(parts.result).toBeVisible();
    await expect(parts.days).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.field-error:visible')).toHaveCount(0);
  });

  test('a malformed date found in localStorage gives a message, is removed, and nothing crashes', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('renewal-reminder:expiry', '2025-02-30'));
    await page.reload();
    await expect(reminder(page).message).toHaveText(/保存的日期无法读取/, shown);
    await expect(reminder(page).result).toBeHidden();
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
  await expect(parts.headline).toHaveText('2027年2月15日 星期一前续费', shown);

  await parts.forget.click();
  await expect(parts.date).toHaveValue('');
  await expect(parts.date).toBeFocused();
  await expect(parts.message).toHaveText(/已经忘记/, shown);
  await expect(parts.forget).toBeHidden();
  await page.reload();
  await expect(parts.date).toHaveValue('');
  await expect(parts.result).toBeHidden();
  await expect(parts.message).toHaveText('', shown);
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
  await expect(parts.headline).toHaveText('2027年2月22日 星期一前续费', shown);

  await tabUntilFocused(page, parts.calendar);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(parseReminderCalendar(await readFile(await download.path(), 'utf8')).start).toBe('2027-02-22');

  await tabUntilFocused(page, parts.forget);
  await page.keyboard.press('Enter');
  await expect(parts.message).toHaveText(/已经忘记/, shown);
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
  // The tab's icon is the browser's own fetch, which a busy machine may make after networkidle; it carries nothing typed.
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/favicon.svg') requests.push(`${request.method()} ${request.url()}`);
  });
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
      // Nine full scans: a few seconds each on a quiet machine, far more when the cores are shared.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      const scan = async (label: string) => {
        const { violations } = await new AxeBuilder({ page }).include('#renewal-reminder').withTags(wcagTags).analyze();
        expect(violations.map(({ id, nodes }) => `${label}: ${id} (${nodes.length})`)).toEqual([]);
      };
      await scan('empty form');
      // 时间充足, 快到续费日了, 现在就续费, 套餐今天到期, 套餐已经过期
      for (const expiry of ['2027-03-01', '2027-02-18', '2027-02-12', '2027-02-10', '2027-02-07']) {
        await enter(page, expiry);
        await expect(reminder(page).result).toBeVisible();
        await scan(expiry);
      }
      await enter(page, '');
      await expectFieldError(reminder(page).date, /到期日/);
      await scan('error');
      const parts = reminder(page);
      await parts.startMode.check();
      await parts.start.fill('2027-02-01');
      await parts.days.fill('400');
      await parts.submit.click();
      await expectFieldError(parts.days, /1 到 365/);
      await scan('start-date mode, error');
      await parts.days.fill('20');
      await parts.submit.click();
      await expect(parts.result).toContainText('推算的最后一整天', shown);
      await scan('start-date mode, result');
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

/**
 * The gov.uk pattern: the message sits with the field it is about, the field is marked invalid and describes
 * itself with the message, and focus is on it.
 */
async function expectFieldError(field: ReturnType<typeof reminder>['date'], message: RegExp) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(message);
  const error = field.page().locator(`#${await field.getAttribute('id')}-error`);
  await expect(error).toBeVisible();
  await expect(error).toHaveText(message);
  // Beside the field: inside the same group, right above it.
  const [errorBox, fieldBox] = [await error.boundingBox(), await field.boundingBox()];
  expect(fieldBox!.y - (errorBox!.y + errorBox!.height)).toBeLessThan(16);
  expect(fieldBox!.y).toBeGreaterThan(errorBox!.y);
}

test.describe('the start-date mode: the last full day is start + days − 1, in every time zone', () => {
  // start, days, lead, today, renew-by shown (in the headline, or below it once passed), last full day shown,
  // state or action
  const cases = [
    {
      start: '2026-12-01',
      days: '30',
      today: '2026-12-01',
      renewBy: '2026年12月23日 星期三',
      expiry: '2026年12月30日 星期三',
      state: '时间充足',
    },
    {
      start: '2027-01-31',
      days: '30',
      today: '2027-02-10',
      renewBy: '2027年2月22日 星期一',
      expiry: '2027年3月1日 星期一',
      state: '时间充足',
    }, // over February's end
    {
      start: '2028-01-31',
      days: '30',
      today: '2028-02-20',
      renewBy: '2028年2月22日 星期二',
      expiry: '2028年2月29日 星期二',
      state: '快到续费日了',
    }, // onto a leap day
    {
      start: '2028-02-29',
      days: '1',
      today: '2028-02-29',
      renewBy: '2028年2月22日 星期二',
      expiry: '2028年2月29日 星期二',
      state: '今天到期：马上续费',
    }, // one day
    {
      start: '2027-04-30',
      days: '1',
      today: '2027-04-20',
      renewBy: '2027年4月23日 星期五',
      expiry: '2027年4月30日 星期五',
      state: '快到续费日了',
    }, // a month end
    {
      start: '2027-01-01',
      days: '365',
      today: '2027-06-01',
      renewBy: '2027年12月24日 星期五',
      expiry: '2027年12月31日 星期五',
      state: '时间充足',
    }, // a whole year
    {
      start: '2028-01-01',
      days: '365',
      today: '2028-12-25',
      renewBy: '2028年12月23日 星期六',
      expiry: '2028年12月30日 星期六',
      state: '今天就续费',
    }, // a leap year
  ];
  // A time of `today` when the UTC date is another day, so a count by UTC would be a day off: just after
  // midnight east of UTC, the evening in Los Angeles (20:30 PST is 21:30 PDT, the same day either way).
  const localTimes = {
    'Asia/Baku': 'T00:30:00+04:00',
    'America/Los_Angeles': 'T20:30:00-08:00',
    'Pacific/Kiritimati': 'T00:30:00+14:00',
  };
  for (const [timezoneId, localTime] of Object.entries(localTimes)) {
    test.describe(timezoneId, () => {
      test.use({ timezoneId });
      for (const { start, days, today, renewBy, expiry, state } of cases) {
        test(`started ${start}, ${days} days, today ${today} → renew by ${renewBy}`, async ({ page }) => {
          await page.clock.setFixedTime(new Date(`${today}${localTime}`));
          await page.goto('/');
          const parts = reminder(page);
          await parts.startMode.check();
          await parts.start.fill(start);
          await parts.days.fill(days);
          await parts.submit.click();
          await expect(parts.result).toContainText(renewBy, shown);
          await expect(parts.result).toContainText(`套餐到期日：${expiry}`, shown);
          await expect(parts.result).toContainText(state, shown);
          await expect(parts.result).toContainText(`开始、共 ${days} 天推算的最后一整天`, shown);
        });
      }
    });
  }

  test('the start date and length are remembered, and go into the calendar file', async ({ page }) => {
    await page.goto('/');
    const parts = reminder(page);
    await parts.startMode.check();
    await parts.start.fill('2027-02-01');
    await parts.days.fill('30');
    await parts.submit.click();
    await page.reload();
    await expect(parts.startMode).toBeChecked();
    await expect(parts.start).toHaveValue('2027-02-01');
    await expect(parts.days).toHaveValue('30');
    await expect(parts.date).toBeHidden();
    await expect(parts.headline).toHaveText('2027年2月23日 星期二前续费', shown);
    const [download] = await Promise.all([page.waitForEvent('download'), parts.calendar.click()]);
    const event = parseReminderCalendar(await readFile(await download.path(), 'utf8'));
    expect(event.start).toBe('2027-02-23');
    expect(event.description).toContain('按 2027年2月1日 开始、共 30 天推算的最后一整天');
  });
});

test.describe('on a phone with the browser bars showing (390 × 664)', () => {
  test.use({ viewport: { width: 390, height: 664 } });

  test('the first screen names the site once and shows the rule, the date field and the button', async ({ page }) => {
    await page.goto('/');
    const parts = reminder(page);
    for (const part of [
      page.getByRole('heading', { level: 1 }),
      page.getByText('规则：最晚在套餐到期日的 7 天前续费。'),
      parts.date,
      parts.submit,
    ]) {
      await expect(part).toBeInViewport({ ratio: 1 });
    }
    const rule = await page.getByText('规则：最晚在套餐到期日的 7 天前续费。').boundingBox();
    expect(rule!.height, 'the rule on one line').toBeLessThan(40);
    const body = await page.locator('body').innerText();
    expect(body.split('阿塞拜疆 eSIM 续费指南').length - 1, 'the site name once').toBe(1);
  });

  for (const viewport of [
    { width: 390, height: 664 },
    { width: 390, height: 844 },
  ]) {
    test(`after submitting at ${viewport.width} × ${viewport.height}, the result is on screen and has focus`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('/');
      await enter(page, '2027-02-12');
      const parts = reminder(page);
      await expect(parts.result).toBeFocused();
      await expect(parts.result).toBeInViewport();
      await expect(parts.headline).toBeInViewport({ ratio: 1 });
      await expect(parts.result).toHaveAccessibleName('今天就续费');
      // The headline is the largest text in the result.
      const sizes = await textSizes(parts.result);
      const largestElsewhere = Math.max(...sizes.filter(({ headline }) => !headline).map(({ size }) => size));
      const headlineSize = Math.min(...sizes.filter(({ headline }) => headline).map(({ size }) => size));
      expect(headlineSize).toBeGreaterThan(largestElsewhere);
    });
  }

  test('the start-date hint is two lines at most; why the plan may end later is folded under it', async ({ page }) => {
    await page.goto('/');
    const parts = reminder(page);
    await parts.startMode.check();
    const hint = page.locator('#renewal-start-hint');
    await expect(hint).toBeVisible();
    await expect(parts.days).toHaveAttribute('aria-describedby', /renewal-start-hint/);
    const { height, lineHeight } = await hint.evaluate((element) => ({
      height: element.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(element).lineHeight),
    }));
    expect(height / lineHeight, 'lines').toBeLessThanOrEqual(2);
    const details = parts.widget.locator('details', { hasText: '24 小时' });
    await expect(details).not.toHaveAttribute('open');
    await expect(details).not.toContainText('24 小时', shown);
    await details.locator('summary').click();
    await expect(details).toContainText('24 小时', shown);
  });

  // Three days before expiry, on expiry day and three days after it, the renew-by date (7 days before expiry)
  // has passed: the largest text must be what to do, and the passed date only smaller text.
  for (const [expiry, renewBy] of [
    ['2027-02-13', '2027年2月6日 星期六'],
    ['2027-02-10', '2027年2月3日 星期三'],
    ['2027-02-07', '2027年1月31日 星期日'],
  ] as const) {
    test(`expiry ${expiry} (today ${TODAY}): the largest text in the result is not a date before today`, async ({
      page,
    }) => {
      await page.goto('/');
      await enter(page, expiry);
      const parts = reminder(page);
      await expect(parts.result).toBeVisible();
      const sizes = await textSizes(parts.result);
      const largest = Math.max(...sizes.map(({ size }) => size));
      const largestTexts = sizes.filter(({ size }) => size === largest).map(({ text }) => text);
      expect(largestTexts.length).toBeGreaterThan(0);
      expect(largestTexts.flatMap(datesIn).filter((date) => date < TODAY)).toEqual([]);
      // The passed date is still stated, smaller, as passed; no calendar file for a day gone by.
      const stated = sizes.filter(({ text }) => text.includes(renewBy));
      expect(stated.map(({ size }) => size < largest)).toEqual([true]);
      await expect(parts.result).toContainText(`最晚续费日是 ${renewBy}，已经过去`, shown);
      await expect(parts.calendar).toBeHidden();
    });
  }
});

/** Each visible element of `result` that holds text of its own: the text, its computed font size, and whether it is the headline. */
function textSizes(result: ReturnType<typeof reminder>['result']) {
  return result.evaluate((box) =>
    [...box.querySelectorAll('*')]
      .filter(
        (element) =>
          element.checkVisibility() &&
          [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()),
      )
      .map((element) => ({
        text: element.textContent!.trim(),
        size: parseFloat(getComputedStyle(element).fontSize),
        headline: element.closest('#renewal-headline') !== null,
      })),
  );
}

/** The dates written in `text` (`2027年2月6日`), as `YYYY-MM-DD`. */
function datesIn(text: string): string[] {
  return [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map(([, year, month, day]) =>
    [year, month!.padStart(2, '0'), day!.padStart(2, '0')].join('-'),
  );
}
