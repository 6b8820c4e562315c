import { expect, test, type Page } from '@playwright/test';
import { finderGroups } from '../../src/lib/providers/finder.ts';
import { providerPath } from '../../src/lib/providers/providers.ts';
import { siteConfig } from '../../src/site.config.ts';
import { contentProviders } from '../support/content.ts';
import { templatePages, templates } from './templates.ts';

/** Text-bearing blocks: a link alone in one of these is not "inside a sentence". */
const BLOCKS = 'p, li, td, th, dd, dt, h1, h2, h3, h4, figcaption, blockquote, div, nav, span.block';

/**
 * Every visible link and control on the page with its tap size in CSS px. A link is exempt only when it sits
 * in running text (WCAG 2.5.8's inline exception): its block holds other words than the link's own.
 * A radio or checkbox is measured by the label that wraps it, which is what the finger hits.
 */
async function tapTargets(page: Page) {
  return page.evaluate((blocks) => {
    const targets = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, textarea')];
    return targets.flatMap((element) => {
      const target = element.matches('input[type=radio], input[type=checkbox]') ? element.closest('label')! : element;
      const box = target.getBoundingClientRect();
      // Not shown, or visually hidden until focused (the skip link).
      if (!target.checkVisibility({ visibilityProperty: true }) || (box.width <= 1 && box.height <= 1)) return [];
      if (element.tagName === 'A') {
        const block = element.parentElement!.closest(blocks) ?? element.parentElement!;
        const ownText = (element.textContent ?? '').replace(/\s+/g, '');
        const blockText = (block.textContent ?? '').replace(/\s+/g, '');
        if (blockText.length > ownText.length + 2) return [];
      }
      const name = (element.textContent ?? '').trim().slice(0, 20) || element.getAttribute('name') || element.tagName;
      return [{ name, width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 }];
    });
  }, BLOCKS);
}

test.describe('tap targets outside running text are at least 44 × 44 CSS px at 390 × 844', () => {
  for (const [template, path] of templatePages) {
    test(`the ${template} template (${path})`, async ({ page }) => {
      await page.goto(path);
      // The contents list and the reminder's second mode show more targets: measure them open too.
      const summary = page.locator('summary').first();
      if (await summary.isVisible()) await summary.click();
      const startMode = page.getByLabel('按开始日期和天数');
      if (await startMode.isVisible()) await startMode.check();
      const targets = await tapTargets(page);
      expect(targets.length).toBeGreaterThan(5);
      expect(targets.filter(({ width, height }) => width < 44 || height < 44)).toEqual([]);
    });
  }

  test('the measure catches a small target and exempts a link inside a sentence', async ({ page }) => {
    await page.setContent('<p>读这一段，然后<a href="#x">点这里</a>继续。</p><ul><li><a href="#y">太小</a></li></ul>');
    expect(await tapTargets(page)).toEqual([{ name: '太小', width: expect.any(Number), height: expect.any(Number) }]);
  });

  test("a reminder result's actions are large enough too", async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-02-10T10:00:00'));
    await page.goto('/');
    await page.getByLabel('套餐到期日', { exact: true }).fill('2027-02-12');
    await page.getByRole('button', { name: '算出最晚续费日' }).click();
    await expect(
      page.locator('#renewal-reminder').getByRole('link', { name: siteConfig.providerFinderName }),
    ).toBeVisible();
    const small = (await tapTargets(page)).filter(({ width, height }) => width < 44 || height < 44);
    expect(small).toEqual([]);
  });
});

test.describe('long pages on a phone', () => {
  test('the contents control is on screen after scrolling to the end of the FAQ, and leads to a question', async ({
    page,
  }) => {
    await page.goto('/faq/');
    const lastAnswer = page.locator('.article-body > p').last();
    await lastAnswer.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const contents = page.locator('summary', { hasText: '本页内容' });
    await expect(contents).toBeInViewport({ ratio: 1 });
    await contents.click();
    const links = page.locator('.toc-details').getByRole('link');
    expect(await links.count()).toBeGreaterThan(5);
    const first = links.first();
    await expect(first).toBeInViewport();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${encodeURI(href).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const heading = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
    await expect(heading).toBeInViewport();
  });

  test('回到顶部 is on screen mid-page and returns to the top, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${test.info().project.use.baseURL}/renewal-steps/`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const toTop = page.getByRole('link', { name: '回到顶部' }).first();
    await expect(toTop).toBeInViewport({ ratio: 1 });
    await toTop.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await context.close();
  });

  test('on a wide screen the contents list stays beside the text', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/faq/');
    await expect(page.locator('summary', { hasText: '本页内容' })).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const side = page.getByRole('navigation', { name: '本页内容' });
    await expect(side).toBeInViewport();
    const [sideBox, textBox] = [await side.boundingBox(), await page.locator('.article-body').boundingBox()];
    expect(sideBox!.x).toBeGreaterThan(textBox!.x + textBox!.width);
  });
});

test.describe('typography', () => {
  test("on a phone every template's h1 is at least 1.3 times its largest h2", async ({ page }) => {
    for (const [, path] of templatePages) {
      await page.goto(path);
      const sizes = await page.evaluate(() => {
        const size = (selector: string) =>
          [...document.querySelectorAll(selector)]
            .filter((element) => element.checkVisibility())
            .map((element) => parseFloat(getComputedStyle(element).fontSize));
        return { h1: Math.max(...size('h1')), h2: Math.max(0, ...size('h2')) };
      });
      expect(sizes.h1 / sizes.h2, path).toBeGreaterThanOrEqual(1.3);
    }
  });

  test('dates and numbers with units do not break across lines in articles', async ({ page }) => {
    await page.goto('/worked-example/');
    const kept = page.locator('.article-body .nowrap');
    expect(await kept.count()).toBeGreaterThan(3);
    const split = await kept.evaluateAll((spans) =>
      spans.filter((span) => span.getClientRects().length > 1).map((span) => span.textContent),
    );
    expect(split).toEqual([]);
  });
});

test.describe('the way to a seller', () => {
  test.use({ viewport: { width: 390, height: 664 } });

  test(`on a 390 × 664 phone the home page's first screen offers every answer of the finder and 只剩 3 天？`, async ({
    page,
  }) => {
    await page.goto(templates.home);
    const answers = page.locator(`main a[href^="${siteConfig.providerFinderPath}#"]`);
    await expect(answers).toHaveCount(finderGroups.length);
    for (const answer of await answers.all()) await expect(answer).toBeInViewport({ ratio: 1 });
    const threeDays = page.getByRole('link', { name: '只剩 3 天？' });
    await expect(threeDays).toHaveAttribute('href', siteConfig.renewalGuidePath);
    await expect(threeDays).toBeInViewport({ ratio: 1 });
  });

  test('on a 390 × 664 phone every seller on the provider list is within one swipe and one tap', async ({ page }) => {
    await page.goto(templates.sellerTable);
    const height = page.viewportSize()!.height;
    // A swipe moves the page by about three quarters of the screen; one swipe must bring every seller's link
    // fully into view, and that link opens the seller's page.
    const reach = height + 0.75 * height;
    const links = await page
      .getByRole('navigation', { name: '直接打开一家' })
      .getByRole('link')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => ({ href: anchor.getAttribute('href'), bottom: anchor.getBoundingClientRect().bottom })),
      );
    expect(links.map(({ href }) => href).sort()).toEqual(
      contentProviders()
        .map(({ id }) => providerPath(id))
        .sort(),
    );
    expect(links.filter(({ bottom }) => bottom > reach)).toEqual([]);
  });
});

test.describe('wide screens use the width', () => {
  test('at 1280 × 800 the home page leaves no column empty: the reminder beside the guides', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(templates.home);
    const columns = page.locator('main h1 + div > *');
    await expect(columns).toHaveCount(2);
    const [left, right] = [(await columns.nth(0).boundingBox())!, (await columns.nth(1).boundingBox())!];
    await expect(columns.nth(0).locator('#renewal-reminder')).toBeVisible();
    await expect(columns.nth(1).locator('#guides')).toBeVisible();
    expect(right.x).toBeGreaterThanOrEqual(left.x + left.width);
    expect(Math.abs(right.y - left.y)).toBeLessThan(20);
    // Each column fills the first screen to within a fifth of its height from the bottom.
    for (const column of [left, right]) expect(column.y + column.height).toBeGreaterThan(800 * 0.8);
  });
});
