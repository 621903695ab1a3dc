/**
 * aliexpress.localhost/deals: a flash-deals page as busy as real store pages
 * (issue #10). A feed of 1,500 product cards built as web components (open
 * shadow roots, icon-font ligatures in aria-hidden spans), 40 more every
 * 300 ms as if scrolled, 40 countdowns ticking every 100 ms, and an
 * "Added to cart" toast in a shadow root that comes and goes. None of it is
 * part of the card journey: the extension should spend almost nothing here.
 *
 * `?feed=N` sets the first feed's size; `?still` stops the timers (a page to
 * compare the same DOM with and without churn); `?light` adds components that
 * render into their light DOM, as many stores' are: a `<deal-badge>` beside
 * each card and a `<star-rating>` inside it, custom elements that never
 * attach a shadow root; `?animate` adds a ticker of deal names that a script
 * moves with `style.transform` every animation frame, as JS carousels and
 * tickers do (timers or not).
 */
import { html } from 'hono/html';
import { type Html, inlineScript } from './controls';

const SCRIPT = `
(() => {
  const params = new URLSearchParams(location.search);
  const first = Math.min(5000, Number(params.get('feed') || 1500));
  const still = params.has('still');
  const light = params.has('light');
  const feed = document.getElementById('deal-feed');
  const clocks = document.getElementById('deal-clocks');
  const rating = (inner) => (light ? '<star-rating>' + inner + '</star-rating>' : inner);
  class DealCard extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const n = Number(this.dataset.n);
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML =
        '<style>:host{display:block;border:1px solid #eee;border-radius:8px;padding:8px;font:14px system-ui}' +
        '.i{font-family:monospace;color:#c00;font-size:11px}</style>' +
        '<span class="i" aria-hidden="true">local_fire_department</span>' +
        '<h3>Deal ' + n + ': wireless earbuds</h3><p class="price">€' + (9 + (n % 50)) + '.99</p>' +
        '<p>' + rating('<span aria-hidden="true" class="i">star</span> 4.' + (n % 10)) + ' · free shipping</p>' +
        '<button type="button">Add to cart</button>';
    }
  }
  customElements.define('deal-card', DealCard);
  if (light) customElements.define('deal-badge', class extends HTMLElement {});
  let count = 0;
  const add = (k) => {
    const frag = document.createDocumentFragment();
    for (let i = 0; i < k; i++) {
      const li = document.createElement('li');
      const card = document.createElement('deal-card');
      card.dataset.n = String(count++);
      li.append(card);
      if (light) li.append(Object.assign(document.createElement('deal-badge'), { textContent: 'Choice' }));
      frag.append(li);
    }
    feed.append(frag);
  };
  add(first);
  const timers = [];
  for (let i = 0; i < 40; i++) {
    const li = document.createElement('li');
    const t = document.createElement('span');
    t.className = 'countdown';
    li.append('Flash deal ' + i + ' ends in ', t);
    clocks.append(li);
    timers.push([t, 3600 * 1000 + i * 7919]);
  }
  const pad = (x) => String(x).padStart(2, '0');
  const tick = () => {
    for (const pair of timers) {
      pair[1] -= 100;
      const s = Math.max(0, Math.floor(pair[1] / 1000));
      pair[0].textContent = pad(Math.floor(s / 3600)) + ':' + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60) + '.' + Math.floor((pair[1] % 1000) / 100);
    }
  };
  tick();
  const toast = () => {
    const host = document.createElement('cart-toast');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{position:fixed;bottom:16px;left:16px}</style><div role="status">Added to cart</div>';
    document.body.append(host);
    setTimeout(() => host.remove(), 1500);
  };
  if (!still) {
    setInterval(tick, 100);
    setInterval(() => add(40), 300);
    setInterval(toast, 2000);
  }
  if (params.has('animate')) {
    const ticker = document.createElement('p');
    ticker.textContent = 'Today only: earbuds, chargers, watches, lamps, backpacks';
    ticker.style.whiteSpace = 'nowrap';
    clocks.before(ticker);
    let x = 0;
    const step = () => {
      x = (x + 2) % 400;
      ticker.style.transform = 'translateX(' + x + 'px)';
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }
  window.__dealsReady = performance.now();
})();
`;

export function dealsMain(heading: string): Html {
  return html`<h1>${heading}</h1>
    <section aria-label="Flash deals">
      <ul id="deal-clocks" class="clocks"></ul>
    </section>
    <ul id="deal-feed" class="products"></ul>
    ${inlineScript(SCRIPT)}`;
}
