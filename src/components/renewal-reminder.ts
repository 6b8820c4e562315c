/**
 * The renewal reminder's form (RenewalReminder.astro): works out the renew-by date in the browser and
 * remembers it on this device only. Nothing the reader types is sent anywhere.
 */
import { calendarFileName, renewalCalendarFile } from '../lib/reminder/calendar-file.ts';
import { describeRenewal, type ReminderWording, type RenewalSummary } from '../lib/reminder/wording.ts';
import {
  calendarToday,
  planFromStart,
  planRenewal,
  planSavedRenewal,
  renewalFailure,
  type RenewalPlan,
  type RenewalProblem,
} from '../lib/reminder/renewal.ts';
import { myEsimKey, parseMyEsim } from '../lib/my-esim/my-esim.ts';
import { withStorage } from '../lib/storage/local-storage.ts';
import { keepGuideOffline } from '../offline/registration.ts';

/** What is remembered, each under `renewal-reminder:<name>`: the form field of the same name. */
const SAVED = ['expiry', 'start', 'days', 'lead-days'] as const;
// The lead was saved as `lead` before the start-date mode existed; readers' saved reminders keep working.
const key = (name: string) => `renewal-reminder:${name === 'lead-days' ? 'lead' : name}`;

class RenewalReminderElement extends HTMLElement {
  #wording = JSON.parse(this.querySelector('[data-wording]')!.textContent!) as ReminderWording;
  #calendarUrl = '';
  #form = this.querySelector('form')!;
  #forgetButton = this.querySelector<HTMLButtonElement>('[data-forget]')!;
  #field = (name: string) => this.#form.elements.namedItem(name) as HTMLInputElement;

  connectedCallback() {
    keepGuideOffline(this.dataset['serviceWorker']!);
    this.#form.addEventListener('change', () => this.#showMode());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    this.#forgetButton.addEventListener('click', () => this.#forgetAndReset());
    this.querySelector('[data-mine-forget]')!.addEventListener('click', () => this.#forgetMine());
    this.#restoreSaved();
    this.#showMine();
    // Back from the seller page where it was just marked, the page may come from the back-forward cache.
    addEventListener('pageshow', () => this.#showMine());
  }

  /**
   * 我的 eSIM leads, once a seller page was marked: its renewal button and its steps, at the top and in the
   * result, where the generic links (`data-mine="not"`) give way to them.
   */
  #showMine() {
    const mine = withStorage((storage) => parseMyEsim(storage.getItem(myEsimKey)));
    for (const name of this.querySelectorAll('[data-mine-name]')) name.textContent = mine?.name ?? '';
    for (const part of this.querySelectorAll<HTMLAnchorElement>('[data-mine]')) {
      const role = part.dataset['mine'];
      part.hidden = role === 'not' ? !!mine : !mine || (role === 'renew' && !mine.renewUrl);
      if (role === 'steps') part.href = mine?.path ?? '';
      if (role === 'renew') {
        part.href = mine?.renewUrl ?? '';
        // The label, before the hidden （外部链接） cue.
        part.firstChild!.textContent = mine?.renewLabel ?? '';
      }
    }
  }

  #forgetMine() {
    withStorage((storage) => storage.removeItem(myEsimKey));
    this.#showMine();
    const note = this.querySelector<HTMLElement>('[data-mine-forgotten]')!;
    note.hidden = false;
    note.focus();
  }

  #submit() {
    const start = this.#mode() === 'start';
    const date = this.#field(start ? 'start' : 'expiry');
    const lead = Number(this.#field('lead-days').value);
    const today = calendarToday();
    // Chromium empties the value of a half-typed or impossible date and flags it as bad input.
    const result = date.validity.badInput
      ? renewalFailure('incomplete')
      : start
        ? planFromStart(date.value, this.#field('days').value, today, lead)
        : planRenewal(date.value, today, lead);
    this.#clearErrors();
    this.#show(null);
    if (!result.ok) {
      this.#showProblem(result.problem, start ? 'start' : 'expiry');
      return;
    }
    withStorage((storage) => {
      this.#forget();
      for (const name of [...(start ? ['start', 'days'] : ['expiry']), 'lead-days']) {
        storage.setItem(key(name), this.#field(name).value);
      }
    });
    this.#forgetButton.hidden = false;
    // The eye and the screen reader land on the answer, which on a phone is below the fold.
    const box = this.#show(result);
    box.scrollIntoView({ block: 'start' });
    box.focus({ preventScroll: true });
  }

  /** The message goes next to the field it is about, and so does focus (the gov.uk pattern). */
  #showProblem(problem: RenewalProblem, mode: 'start' | 'expiry') {
    const field =
      problem === 'days' ? this.#field('days') : problem === 'lead' ? this.#field('lead-days') : this.#field(mode);
    const error = this.querySelector<HTMLElement>(`#${field.id}-error`)!;
    error.textContent = this.#wording.messages[mode === 'start' && problem === 'empty' ? 'empty-start' : problem];
    error.hidden = false;
    field.ariaInvalid = 'true';
    field.focus();
  }

  #forgetAndReset() {
    this.#forget();
    this.#form.reset();
    this.#showMode();
    this.#clearErrors();
    this.#show(null, this.#wording.messages.forgotten);
    this.#forgetButton.hidden = true;
    this.#field('expiry').focus();
  }

  /** The reminder the reader saved on an earlier visit, worked out again for today. */
  #restoreSaved() {
    const saved = withStorage((storage) => {
      const [expiry, start, days, lead] = SAVED.map((name) => storage.getItem(key(name)));
      return planSavedRenewal({ expiry: expiry!, start: start!, days: days!, lead: lead! }, calendarToday());
    });
    if (!saved) return;
    if (!saved.ok) {
      this.#forget();
      this.#show(null, this.#wording.messages['saved-unreadable']);
      return;
    }
    if (saved.start) {
      this.#field('start').value = saved.start.date.format('YYYY-MM-DD');
      this.#field('days').value = String(saved.start.days);
    } else {
      this.#field('expiry').value = saved.expiry.format('YYYY-MM-DD');
    }
    this.#field('lead-days').value = String(saved.leadDays);
    this.#field('mode').value = saved.start ? 'start' : 'expiry';
    this.#showMode();
    this.#forgetButton.hidden = false;
    this.#show(saved);
  }

  /** `expiry` or `start`: which fields the reader fills in (the value of the radio group). */
  #mode() {
    return this.#field('mode').value;
  }

  #showMode() {
    for (const part of this.querySelectorAll<HTMLElement>('[data-mode]'))
      part.hidden = part.dataset['mode'] !== this.#mode();
  }

  #clearErrors() {
    for (const error of this.querySelectorAll<HTMLElement>('.field-error')) {
      error.hidden = true;
      error.textContent = '';
    }
    for (const field of this.#form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
  }

  #forget() {
    withStorage((storage) => SAVED.forEach((name) => storage.removeItem(key(name))));
  }

  /** Shows a plan, or hides it and shows `note` (or nothing); returns the result box. */
  #show(plan: RenewalPlan | null, note = '') {
    const part = <T extends HTMLElement>(name: string) => this.querySelector<T>(`[data-${name}]`)!;
    const box = part('result');
    const calendarLink = part<HTMLAnchorElement>('calendar');
    URL.revokeObjectURL(this.#calendarUrl);
    part('message').textContent = note;
    box.hidden = !plan;
    calendarLink.hidden = !plan || !['plenty-of-time', 'renew-soon'].includes(plan.state);
    if (!plan) return box;
    const summary = describeRenewal(plan, this.#wording);
    box.dataset['state'] = plan.state;
    for (const field of box.querySelectorAll<HTMLElement>('[data-field]')) {
      field.textContent = summary[field.dataset['field'] as keyof RenewalSummary];
    }
    part('expired-help').hidden = plan.state !== 'expired';
    part('actions').hidden = plan.state === 'plenty-of-time';
    if (!calendarLink.hidden) {
      const text = renewalCalendarFile(plan, {
        now: new Date(),
        guideUrl: this.dataset['guideUrl']!,
        wording: this.#wording.calendar,
      });
      this.#calendarUrl = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      calendarLink.href = this.#calendarUrl;
      calendarLink.download = calendarFileName(plan);
    }
    return box;
  }
}

customElements.define('renewal-reminder', RenewalReminderElement);
