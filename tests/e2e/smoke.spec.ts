import { expect, test } from '@playwright/test';
import { watchForErrors } from './fixtures.ts';
import { securityHeaders } from '../../src/lib/security/headers.ts';

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
  // On a phone the contents fold into the bar at the top; the list beside the text is for wide screens.
  await expect(page.locator('summary', { hasText: '本页内容' })).toBeVisible();
  await expect(page.locator('nav[aria-labelledby="toc-heading"] a').first()).toBeAttached();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'no horizontal scrolling at 390 px').toBeLessThanOrEqual(390);
  expect(errors).toEqual([]);
});

// Only the files it finds: Astro's preview answers an unknown address itself, without the configured headers.
test('npm run preview sends the security headers of the header table with each page, as the hosts do', async ({
  request,
}) => {
  for (const path of ['/', '/zh-hant/faq/', '/manifest.webmanifest']) {
    const headers = (await request.get(path)).headers();
    for (const [name, value] of Object.entries(securityHeaders))
      expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
  }
});
