import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { wcagTags } from '../support/axe.ts';
import { templatePages } from './templates.ts';

// One page per template in each colour scheme: axe's layout checks (contrast, target size, what is shown)
// need a browser. Its checks of the markup alone run over every built page in tests/site/accessibility.test.ts.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const [template, path] of templatePages) {
      test(`the ${template} template (${path}) has no axe violations`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        const summary = violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} → ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
