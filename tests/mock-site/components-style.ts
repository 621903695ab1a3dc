/**
 * The `components` style switch (see README.md): a client-side script that
 * re-renders a page the way stores built from web components do, so detection
 * is tested against them (issue #10). Success banners become a `<site-toast>`
 * whose words live in its open shadow root and which goes after 2.5 s;
 * headings start with an icon-font ligature in an aria-hidden span, as a
 * screen reader skips it.
 */
import { type Html, inlineScript } from './controls';

export const TOAST_MS = 2500;

const SCRIPT = `
(() => {
  class SiteToast extends HTMLElement {
    show(parts) {
      const root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = ':host{position:fixed;bottom:16px;right:16px;z-index:20}' +
        '.toast{background:#e7f6ec;color:#14532d;border:1px solid #86efac;border-radius:8px;' +
        'padding:12px 16px;box-shadow:0 4px 16px rgb(0 0 0/.15);font:15px system-ui}';
      const box = document.createElement('div');
      box.className = 'toast';
      box.setAttribute('role', 'status');
      parts.forEach((text, i) => {
        const span = document.createElement(i === 0 ? 'strong' : 'span');
        span.textContent = (i ? ' ' : '') + text;
        box.append(span);
      });
      root.append(style, box);
      setTimeout(() => this.remove(), ${TOAST_MS});
    }
  }
  customElements.define('site-toast', SiteToast);
  const icon = (name) => {
    const span = document.createElement('span');
    span.setAttribute('aria-hidden', 'true');
    span.className = 'icon-font';
    span.style.cssText = 'font-size:12px;color:#999;margin-right:6px;font-family:monospace';
    span.textContent = name;
    return span;
  };
  for (const h of document.querySelectorAll('h1')) h.prepend(icon('arrow_forward'));
  for (const banner of document.querySelectorAll('.alert.success')) {
    const parts = Array.from(banner.children).map((c) => c.textContent.trim()).filter(Boolean);
    const toast = document.createElement('site-toast');
    banner.replaceWith(toast);
    toast.show(parts);
  }
})();
`;

export function componentsScript(): Html {
  return inlineScript(SCRIPT);
}
