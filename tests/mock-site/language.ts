/**
 * Which language a page is in. An explicit `?lang=` wins (and is remembered in
 * a per-host cookie, because cookies are per host and cross-host links carry
 * `lang` instead); then that cookie; then the browser's Accept-Language, since
 * that is what a Spanish-speaking shopper's browser sends unprompted.
 */
import type { Lang } from './labels';

export const LANG_COOKIE = 'mock_lang';

export function asLang(value: string | null | undefined): Lang | undefined {
  return value === 'en' || value === 'es' ? value : undefined;
}

/** The supported language the header prefers most (by q-value, then order). */
export function langFromAcceptLanguage(header: string | null | undefined): Lang | undefined {
  if (!header) return undefined;
  let best: { lang: Lang; q: number } | undefined;
  for (const part of header.split(',').slice(0, 50)) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const lang = asLang(tag.split('-')[0]);
    if (!lang) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang, q };
  }
  return best?.lang;
}

export function pickLang(sources: {
  query?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Lang {
  return (
    asLang(sources.query) ??
    asLang(sources.cookie) ??
    langFromAcceptLanguage(sources.acceptLanguage) ??
    'en'
  );
}
