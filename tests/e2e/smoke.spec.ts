import { expect, test, type Page } from '@playwright/test';

/** Collects console errors and failed requests while a page loads. */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  return errors;
}

test('the home page loads at 390×844 with no console errors and lists the guides', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#guides + ol > li').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('an article loads with its title, date and table of contents and no console errors', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto('/renewal-steps/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('续费的四个步骤');
  await expect(page.locator('article time').first()).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  await expect(page.getByRole('navigation', { name: '本页内容' })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'no horizontal scrolling at 390 px').toBeLessThanOrEqual(390);
  expect(errors).toEqual([]);
});
