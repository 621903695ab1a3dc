/**
 * The guide's own element on the page: a shadow root that page CSS cannot
 * reach and whose CSS never leaves, drawn in the top layer (popover) where the
 * browser supports it, so it stays above sticky headers and modal dialogs.
 *
 * Written by hand rather than with WXT's createShadowRootUi: that one costs
 * ~3.8 KB gzip (measured) in a content script whose budget is 15 KB, for
 * features (auto-mount, CSS fetch, event isolation) the guide does not use.
 */
export const HOST_TAG = 'alipay-card-guide';

/**
 * `all:initial !important` already takes margin, padding, border, overflow and
 * background back to nothing, out of any page rule's reach (an important
 * declaration of a shadow tree's own :host wins over the page's); the rest
 * are the few that must differ from initial.
 */
const HOST_CSS =
  ':host{all:initial!important;display:block!important;position:fixed!important;' +
  'inset:0 auto auto 0!important;width:0!important;height:0!important;pointer-events:none!important;' +
  'z-index:2147483647!important}';

export interface ShadowHost {
  host: HTMLElement;
  root: HTMLElement;
  /** Put it back if the page replaced its body, and above a dialog opened after it. */
  keepOnTop(checkLayer?: boolean): void;
}

const canPopover = (el: HTMLElement) => typeof el.showPopover === 'function';

export function mountShadowHost(signal: AbortSignal, css: string): ShadowHost {
  const host = document.createElement(HOST_TAG);
  // Closed: a page script cannot read the guide's text and state or reach its
  // buttons; tests reach it through browser automation (tests/harness/closed-shadow.ts).
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = HOST_CSS + css;
  const root = document.createElement('div');
  shadow.append(style, root);
  if (canPopover(host)) host.popover = 'manual';

  const show = () => {
    if (!canPopover(host) || !host.isConnected) return;
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  };
  let others = 0;
  const keepOnTop = (checkLayer = true) => {
    if (!host.isConnected) {
      (document.body ?? document.documentElement).append(host);
      show();
    }
    if (!checkLayer || !canPopover(host)) return;
    // The top layer stacks in the order shown: re-show after the page opens a dialog.
    const open = Array.from(
      document.querySelectorAll('dialog[open],[popover]:popover-open'),
    ).filter((el) => el !== host).length;
    if (open > others) show();
    others = open;
  };
  keepOnTop();
  signal.addEventListener('abort', () => host.remove());
  return { host, root, keepOnTop };
}
