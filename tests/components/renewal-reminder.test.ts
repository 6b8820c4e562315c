import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import RenewalReminder from '../../src/components/RenewalReminder.astro';
import { reminderWording } from '../../src/lib/reminder/wording.ts';
import { siteConfig } from '../../src/site.config.ts';
import { parseDocument } from '../support/html.ts';

let document: Document;
beforeAll(async () => {
  const container = await AstroContainer.create();
  document = parseDocument(await container.renderToString(RenewalReminder, { locals: { edition: 'zh-Hans' } }));
});

describe('RenewalReminder', () => {
  test('states the rule in plain HTML, for readers without JavaScript', () => {
    const rule = document.querySelector('#renewal-reminder > p')?.textContent ?? '';
    expect(rule).toContain(`最晚在套餐到期日的 ${siteConfig.renewalLeadDays} 天前续费`);
  });

  test('has a labelled date field limited to 2000–2100 and a lead choice that starts at the rule', () => {
    const date = document.querySelector('input[type="date"]')!;
    expect(document.querySelector(`label[for="${date.id}"]`)?.textContent).toBe('套餐到期日');
    expect([date.getAttribute('name'), date.getAttribute('min'), date.getAttribute('max')]).toEqual([
      'expiry',
      '2000-01-01',
      '2100-12-31',
    ]);

    const lead = document.querySelector('select')!;
    expect(document.querySelector(`label[for="${lead.id}"]`)?.textContent).toBe('提前几天续费');
    expect(lead.getAttribute('name')).toBe('lead-days');
    const options = [...lead.querySelectorAll('option')];
    expect(options.map((option) => Number(option.getAttribute('value')))).toEqual([7, 10, 14]);
    expect(
      options.filter((option) => option.hasAttribute('selected')).map((option) => option.getAttribute('value')),
    ).toEqual(['7']);
  });

  test('the form has a submit button and no address to send anything to', () => {
    const form = document.querySelector('renewal-reminder form')!;
    expect(form.querySelector('button[type="submit"]')).not.toBeNull();
    expect(form.hasAttribute('action')).toBe(false);
    // method="dialog" outside a dialog: submitting never navigates, even before the script has loaded.
    expect(form.getAttribute('method')).toBe('dialog');
  });

  test('a result is a focusable group named by its state and headline; notes are announced; an expired plan gets help for both kinds', () => {
    const result = document.querySelector('[data-result]')!;
    expect([result.getAttribute('role'), result.getAttribute('tabindex')]).toEqual(['group', '-1']);
    const names = result
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.dataset['field']);
    expect(names).toEqual(['status', 'headline']);
    expect(document.querySelector('[role="status"] [data-message]')).not.toBeNull();
    const help = document.querySelector('[data-expired-help]')!;
    expect(help.textContent).toMatch(/当地号码.*给余额充值.*旅行 eSIM.*充值.*重买/s);
    expect([...help.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      '/providers/azercell/',
      '/providers/bakcell/',
      '/providers/nar/',
      '/renewal-steps/#套餐已经过期怎么办',
    ]);
  });

  test('the note under the form names the top-up that starts at once', () => {
    const note = document.querySelector('#renewal-reminder > p:last-of-type')!.textContent!.replace(/\s+/g, '');
    expect(note).toMatch(/买下就开始计时.*早买一周就白白少用几天/);
  });

  test('hands the widget its wording and the guide’s absolute URL', () => {
    const element = document.querySelector('renewal-reminder')!;
    expect(JSON.parse(element.querySelector('script[type="application/json"][data-wording]')!.textContent!)).toEqual(
      reminderWording,
    );
    expect(element.getAttribute('data-guide-url')).toBe('https://azerbaijan-esim-guide.pages.dev/renewal-steps/');
  });
});
