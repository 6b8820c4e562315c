import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { type BuiltPage, builtPages } from '../support/dist.ts';

/**
 * axe's checks of the markup alone, over every built page (the browser runs axe on one page per template,
 * tests/e2e/accessibility.spec.ts, for what needs a layout: contrast, sizes, what is shown). Alt text, link and
 * button text, duplicate ids, landmarks and list structure are html-validate's recommended rules
 * (html-validity.test.ts); these add heading order, form labels and the references of labels and ARIA.
 */
const validator = new HtmlValidate({
  rules: {
    'heading-level': 'error',
    'input-missing-label': 'error',
    'no-missing-references': 'error',
    'wcag/h37': 'error',
    'empty-title': 'error',
  },
});

/** The name a screen reader announces for a link, button or summary, as far as the markup alone gives it. */
function accessibleName(element: Element, document: Document): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy)
    return labelledBy
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  const label = element.getAttribute('aria-label') ?? element.getAttribute('title');
  if (label?.trim()) return label.trim();
  const images = [...element.querySelectorAll('img[alt], svg[aria-label]')].map(
    (image) => image.getAttribute('alt') ?? image.getAttribute('aria-label'),
  );
  return `${element.textContent ?? ''}${images.join('')}`.trim();
}

/** What a page's markup does that axe would report: a control without a name, content outside the landmarks. */
function markupProblems({ document }: BuiltPage): string[] {
  const unnamed = [...document.querySelectorAll('a[href], button, summary')]
    .filter((element) => !element.closest('[hidden], template') && accessibleName(element, document) === '')
    .map((element) => `no accessible name: ${element.outerHTML.slice(0, 80)}`);
  const landmarks = 'header, main, footer, nav, aside';
  const outside = [...document.body.children]
    .filter((element) => !element.matches(`${landmarks}, script, template, a[href^="#"]`))
    .map((element) => `outside the landmarks: <${element.tagName.toLowerCase()}>`);
  const mains = document.querySelectorAll('main').length === 1 ? [] : ['not exactly one <main>'];
  const lang = document.documentElement.getAttribute('lang')?.trim() ? [] : ['<html> has no lang'];
  return [...unnamed, ...outside, ...mains, ...lang];
}

describe.each(builtPages().map((page) => [page.path, page] as const))('%s', (path, page) => {
  test('has its headings in order, a label for each field, and labels and ARIA that point at elements that exist', async () => {
    const report = await validator.validateString(page.html, path);
    const errors = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(errors).toEqual([]);
  });

  test('names every link, button and disclosure, and keeps its content inside one main and the other landmarks', () => {
    expect(markupProblems(page)).toEqual([]);
  });
});
