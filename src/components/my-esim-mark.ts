/**
 * "这是我的 eSIM" (MyEsimMark.astro): on pressing, keeps a snapshot of this seller page in localStorage (never sent
 * anywhere) and asks the service worker to keep the page offline now; pressing again forgets it.
 */
import { myEsimFrom, myEsimKey, parseMyEsim } from '../lib/my-esim/my-esim.ts';
import { withStorage } from '../lib/storage/local-storage.ts';
import { keepPageOffline } from '../offline/keep-page.ts';

class MyEsimMarkElement extends HTMLElement {
  #button = this.querySelector('button')!;

  connectedCallback() {
    const mine = withStorage((storage) => parseMyEsim(storage.getItem(myEsimKey)));
    const isThis = mine?.id === this.dataset['id'];
    this.#button.ariaPressed = String(isThis);
    this.querySelector('[data-other-name]')!.textContent = mine?.name ?? '';
    this.#say(isThis ? 'mine' : mine ? 'other' : 'idle');
    this.#button.addEventListener('click', () => this.#toggle());
  }

  async #toggle() {
    if (this.#button.ariaPressed === 'true') {
      withStorage((storage) => storage.removeItem(myEsimKey));
      this.#button.ariaPressed = 'false';
      return this.#say('forgotten');
    }
    // The seller page's own renewal button (RenewButton.astro), so the home page needs no data per seller: its
    // label is the text before the hidden （外部链接） cue. A button to this page's own 联系客服 section is not
    // kept: the steps link leads there.
    const renew = document.querySelector<HTMLAnchorElement>('[data-renew-link]');
    const mine = myEsimFrom({
      ...this.dataset,
      renewUrl: renew?.host === location.host ? null : renew?.href,
      renewLabel: renew?.firstChild?.textContent,
    });
    if (!mine || withStorage((storage) => storage.setItem(myEsimKey, JSON.stringify(mine))) === null)
      return this.#say('unsupported');
    this.#button.ariaPressed = 'true';
    this.#say('saving');
    const kept = await keepPageOffline(this.dataset['serviceWorker']!, location.pathname);
    this.#say(kept ? 'saved' : 'not-saved');
  }

  #say(name: string) {
    for (const message of this.querySelectorAll<HTMLElement>('[data-message]'))
      message.hidden = message.dataset['message'] !== name;
  }
}

customElements.define('my-esim-mark', MyEsimMarkElement);
