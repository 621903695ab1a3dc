/**
 * The script behind AliExpress's "Cards and bank accounts" list. The spec says
 * the list is rendered client-side after a fetch and appears late; this is that
 * script, so the extension is tested against a page that fills in after load.
 * Delete and Use for payments POST and re-render from the answer.
 */
import { html } from 'hono/html';
import { type Html, inlineScript } from './controls';

export interface CardsScriptConfig {
  endpoint: string;
  delayMs: number;
  showDelete: boolean;
  showUse: boolean;
  text: { empty: string; delete: string; use: string; default: string; failed: string };
}

const SCRIPT = `
(() => {
  const config = JSON.parse(document.getElementById('cards-config').textContent);
  const list = document.getElementById('card-list');
  const status = document.getElementById('cards-status');

  function button(text, action, id) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.dataset.action = action;
    b.dataset.id = id;
    return b;
  }

  function render(cards) {
    list.replaceChildren(...cards.map((card) => {
      const item = document.createElement('li');
      const brand = document.createElement('span');
      brand.className = 'brand';
      brand.textContent = card.brandName;
      const number = document.createElement('span');
      number.className = 'number';
      number.textContent = card.masked;
      item.append(brand, number);
      if (card.isDefault) {
        const badge = document.createElement('span');
        badge.className = 'badge';
        badge.textContent = config.text.default;
        item.append(badge);
      }
      if (config.showDelete) item.append(button(config.text.delete, 'delete', card.id));
      if (config.showUse) item.append(button(config.text.use, 'default', card.id));
      return item;
    }));
    status.textContent = cards.length === 0 ? config.text.empty : '';
    status.hidden = cards.length > 0;
    list.setAttribute('aria-busy', 'false');
  }

  async function call(path, method) {
    try {
      const response = await fetch(config.endpoint + path, { method, headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      render((await response.json()).cards);
    } catch {
      status.hidden = false;
      status.textContent = config.text.failed;
    }
  }

  list.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (target) call('/' + encodeURIComponent(target.dataset.id) + '/' + target.dataset.action, 'POST');
  });
  setTimeout(() => call('', 'GET'), config.delayMs);
})();
`;

/** The config as inline JSON (with `<` escaped so no value can close the script tag), then the script. */
export function cardsScript(config: CardsScriptConfig): Html {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return html`${inlineScript(json, 'application/json', 'cards-config')}${inlineScript(SCRIPT)}`;
}
