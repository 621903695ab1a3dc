/**
 * A full page on one of the three hosts: the shared shell plus that host's
 * header. AliExpress always shows the signed-in account menu (spec, AliExpress
 * 1); AliPay shows the shopper and the way back to the store.
 */
import { html } from 'hono/html';
import { type Html, linkTo } from './controls';
import { componentsScript } from './components-style';
import { renderPage } from './layout';
import type { View } from './view';

function aliexpressHeader(view: View): Html {
  return html`<header class="topbar">
    <a class="logo" href="/">AliExpress</a>
    <span class="spacer"></span>
    <nav class="account" aria-label="${view.t('helloShopper')}">
      <span class="greeting">${view.t('helloShopper')}</span>
      <ul>
        <li>${linkTo(view, 'myAliExpress', '/account')}</li>
        <li>${linkTo(view, 'myOrders', '/orders')}</li>
      </ul>
    </nav>
  </header>`;
}

function alipayHeader(view: View): Html {
  return html`<header class="topbar">
    <a class="logo" href="/">AliPay</a>
    <span class="spacer"></span>
    <span class="user">Juan Carlos</span>
    ${linkTo(view, 'backToAliExpress', view.crossHostUrl('aliexpress', '/'))}
  </header>`;
}

function mailHeader(): Html {
  return html`<header class="topbar">
    <a class="logo" href="/">ExampleMail</a>
    <span class="spacer"></span>
    <span class="user">juan.carlos@example.com</span>
  </header>`;
}

export function sitePage(view: View, title: string, main: Html): Html {
  const header =
    view.host === 'aliexpress'
      ? aliexpressHeader(view)
      : view.host === 'alipay'
        ? alipayHeader(view)
        : mailHeader();
  const components = view.session.options.style === 'components';
  return renderPage({
    host: view.host,
    lang: view.lang,
    title,
    header,
    main,
    after: components ? componentsScript() : undefined,
  });
}
