/**
 * Everything a page needs to know about the request it answers: host, language,
 * session, and the session's test switches applied to every phrase. Built once
 * per request by `viewMiddleware` and read by the routes as `c.get('view')`.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { type HostId, originOf } from './hosts';
import { LABELS, type LabelKey, type Lang } from './labels';
import { asLang, LANG_COOKIE, pickLang } from './language';
import { bindSession, sessionOf } from './session-cookie';
import type { Session, SessionStore } from './session-store';
import { SITE_TEXT, type SiteTextKey } from './site-text';

export type PhraseKey = LabelKey | SiteTextKey;

const PHRASES: Record<Lang, Record<PhraseKey, string>> = {
  en: { ...LABELS.en, ...SITE_TEXT.en },
  es: { ...LABELS.es, ...SITE_TEXT.es },
};

export interface View {
  readonly host: HostId;
  readonly lang: Lang;
  readonly session: Session;
  readonly store: SessionStore;
  /** The phrase in the page's language, after the session's `relabel` switch. */
  t(key: PhraseKey): string;
  /** Whether the session's `hide` switch removes controls with this phrase (in either language). */
  hidden(key: PhraseKey): boolean;
  origin(host: HostId): string;
  /** A link to another host carrying a one-time token (so the session follows) and the language. */
  crossHostUrl(host: HostId, path: string): string;
}

export interface AppEnv {
  Variables: { view: View };
}

export function createView(
  host: HostId,
  lang: Lang,
  session: Session,
  store: SessionStore,
  requestUrl: string,
): View {
  const { relabel, hide } = session.options;
  return {
    host,
    lang,
    session,
    store,
    t: (key) => {
      const text = PHRASES[lang][key];
      return Object.hasOwn(relabel, text) ? (relabel[text] ?? text) : text;
    },
    hidden: (key) => hide.includes(PHRASES.en[key]) || hide.includes(PHRASES.es[key]),
    origin: (target) => originOf(requestUrl, target),
    crossHostUrl: (target, path) => {
      const url = new URL(path, originOf(requestUrl, target));
      url.searchParams.set('token', store.issueHopToken(session));
      url.searchParams.set('lang', lang);
      return url.href;
    },
  };
}

export function viewMiddleware(host: HostId, store: SessionStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const queryLang = asLang(url.searchParams.get('lang'));
    if (queryLang) setCookie(c, LANG_COOKIE, queryLang, { path: '/', sameSite: 'Lax' });

    const hopToken = url.searchParams.get('token');
    const joined = hopToken && c.req.method === 'GET' ? store.redeemHopToken(hopToken) : undefined;
    if (joined) {
      bindSession(c, joined);
      // Reload without the token: it is spent, and should not sit in history or be shared.
      url.searchParams.delete('token');
      return c.redirect(url.pathname + url.search, 302);
    }

    const lang = pickLang({
      query: queryLang,
      cookie: getCookie(c, LANG_COOKIE),
      acceptLanguage: c.req.header('accept-language'),
    });
    c.set('view', createView(host, lang, sessionOf(c, store), store, c.req.url));
    await next();
  };
}
