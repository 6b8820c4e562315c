import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { wcagTags } from '../support/axe.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const paths = sitemapPaths();

test('the sitemap lists pages to check', () => {
  expect(paths.length).toBeGreaterThanOrEqual(6);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const path of paths) {
      test(`${path} has no axe violations`, async ({ page }) => {
        // A full axe scan takes 2–3 s alone, but over 30 s when the machine's two cores are shared.
        test.setTimeout(90_000);
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        const summary = violations.map(
          (violation) => `${violation.id}: ${violation.help} → ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
